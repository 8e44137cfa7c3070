package org.digitworkbench.app.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.digitworkbench.tests.support.ModelFiles;
import org.digitworkbench.tests.support.TestData;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.internal.workbench.ModelServiceImpl;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.MApplicationElement;
import org.eclipse.e4.ui.model.fragment.MModelFragment;
import org.eclipse.e4.ui.model.fragment.MModelFragments;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.emf.ecore.EObject;
import org.osgi.framework.FrameworkUtil;

/**
 * The product's real model files read from the repository, assembled the way the workbench's ModelAssembler does:
 * Application.e4xmi, then each bundle's fragment.e4xmi merged, every merged element stamped with its bundle.
 */
final class WorkbenchModels {

    /** The repository's bundles that have a fragment.e4xmi, the app first. */
    static final List<String> FRAGMENT_BUNDLES = fragmentBundles();

    private static List<String> fragmentBundles() {
        try (Stream<Path> bundles = Files.list(TestData.repository().resolve("bundles"))) {
            return bundles.filter(b -> Files.isRegularFile(b.resolve("fragment.e4xmi")))
                    .map(b -> b.getFileName().toString())
                    .sorted(Comparator.comparing((String b) -> !b.equals("org.digitworkbench.app"))
                            .thenComparing(Comparator.naturalOrder()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path bundleFile(String bundle, String file) {
        return TestData.repository().resolve("bundles").resolve(bundle).resolve(file);
    }

    MApplication application() throws IOException {
        return (MApplication) load(bundleFile("org.digitworkbench.app", "Application.e4xmi"));
    }

    MModelFragments fragments(String bundle) throws IOException {
        return (MModelFragments) load(bundleFile(bundle, "fragment.e4xmi"));
    }

    /** Merges the bundles' fragments into the application, as apply="always" does on every start. */
    void merge(MApplication application, List<String> bundles) throws IOException {
        for (String bundle : bundles) {
            for (MModelFragment fragment : fragments(bundle).getFragments()) {
                // stamped before merging, as ModelAssembler does: an element saved by an earlier start then equals
                // the fragment's and is kept (a differing one is replaced)
                for (MApplicationElement element : fragment.getElements()) {
                    stamp(element, "platform:/plugin/" + bundle);
                }
                fragment.merge(application);
            }
        }
    }

    private static void stamp(MApplicationElement element, String contributor) {
        element.setContributorURI(contributor);
        ((EObject) element).eAllContents().forEachRemaining(inner -> {
            if (inner instanceof MApplicationElement e) {
                e.setContributorURI(contributor);
            }
        });
    }

    /** The workbench's own model service, for the application as the processor sees it. */
    static EModelService modelService(MApplication application) {
        IEclipseContext context = EclipseContextFactory
                .getServiceContext(FrameworkUtil.getBundle(WorkbenchModels.class).getBundleContext())
                .createChild("model-test");
        context.set(IExtensionRegistry.class, Platform.getExtensionRegistry());
        context.set(MApplication.class, application);
        return new ModelServiceImpl(context);
    }

    private static EObject load(Path file) throws IOException {
        return ModelFiles.read(file).getContents().get(0);
    }
}
