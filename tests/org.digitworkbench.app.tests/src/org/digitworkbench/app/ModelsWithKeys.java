package org.digitworkbench.app;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.MApplicationFactory;
import org.eclipse.e4.ui.model.application.commands.MBindingContext;
import org.eclipse.e4.ui.model.application.commands.MBindingTable;
import org.eclipse.e4.ui.model.application.commands.MCommand;
import org.eclipse.e4.ui.model.application.commands.MCommandsFactory;
import org.eclipse.e4.ui.model.application.commands.MKeyBinding;

/** Application models as the product's fragments make them, built with the e4 model factories. */
public final class ModelsWithKeys {

    public static final String EXIT_KEY = "org.digitworkbench.app.key.exit";
    public static final String CLEAR_KEY = "org.digitworkbench.ui.key.draw.clear";
    public static final String UNDO_KEY = "org.digitworkbench.ui.key.draw.undo";
    public static final String DRAWING = "org.digitworkbench.ui.contexts.draw";
    public static final String CLEAR_COMMAND = "org.digitworkbench.ui.command.draw.clear";
    public static final String UNDO_COMMAND = "org.digitworkbench.ui.command.draw.undo";

    private ModelsWithKeys() {
    }

    /** Exit (M1+Q) in windows; Clear (ESC) and Undo (M1+Z) while drawing. */
    public static MApplication withKeys() {
        MApplication app = MApplicationFactory.INSTANCE.createApplication();
        MBindingContext windows = context("org.eclipse.ui.contexts.window", "In Windows");
        MBindingContext drawing = context(DRAWING, "Drawing in the Draw view");
        windows.getChildren().add(drawing);
        app.getRootContext().add(windows);
        MCommand exit = command("org.eclipse.ui.file.exit", "Exit");
        MCommand clear = command(CLEAR_COMMAND, "Clear");
        MCommand undo = command(UNDO_COMMAND, "Undo");
        app.getCommands().add(exit);
        app.getCommands().add(clear);
        app.getCommands().add(undo);
        app.getBindingTables().add(table("org.digitworkbench.app.bindings.window", windows,
                binding(EXIT_KEY, "M1+Q", exit)));
        app.getBindingTables().add(table("org.digitworkbench.ui.bindings.draw", drawing,
                binding(CLEAR_KEY, "ESC", clear), binding(UNDO_KEY, "M1+Z", undo)));
        return app;
    }

    /** The binding with this id. */
    public static MKeyBinding binding(MApplication app, String id) {
        return app.getBindingTables().stream().flatMap(t -> t.getBindings().stream())
                .filter(b -> id.equals(b.getElementId())).findFirst()
                .orElseThrow(() -> new AssertionError("no binding " + id));
    }

    private static MBindingContext context(String id, String name) {
        MBindingContext context = MCommandsFactory.INSTANCE.createBindingContext();
        context.setElementId(id);
        context.setName(name);
        return context;
    }

    private static MCommand command(String id, String name) {
        MCommand command = MCommandsFactory.INSTANCE.createCommand();
        command.setElementId(id);
        command.setCommandName(name);
        return command;
    }

    private static MBindingTable table(String id, MBindingContext context, MKeyBinding... bindings) {
        MBindingTable table = MCommandsFactory.INSTANCE.createBindingTable();
        table.setElementId(id);
        table.setBindingContext(context);
        table.getBindings().addAll(java.util.List.of(bindings));
        return table;
    }

    private static MKeyBinding binding(String id, String keys, MCommand command) {
        MKeyBinding binding = MCommandsFactory.INSTANCE.createKeyBinding();
        binding.setElementId(id);
        binding.setKeySequence(keys);
        binding.setCommand(command);
        return binding;
    }
}
