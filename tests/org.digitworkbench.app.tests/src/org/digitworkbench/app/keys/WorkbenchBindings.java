package org.digitworkbench.app.keys;

import java.util.List;

import org.eclipse.e4.core.commands.CommandServiceAddon;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.log.Logger;
import org.eclipse.e4.ui.bindings.BindingServiceAddon;
import org.eclipse.e4.ui.bindings.internal.BindingTable;
import org.eclipse.e4.ui.bindings.internal.BindingTableManager;
import org.eclipse.e4.ui.internal.workbench.ModelServiceImpl;
import org.eclipse.e4.ui.internal.workbench.UIEventPublisher;
import org.eclipse.e4.ui.internal.workbench.WorkbenchLogger;
import org.eclipse.e4.ui.internal.workbench.addons.CommandProcessingAddon;
import org.eclipse.e4.ui.internal.workbench.addons.ContextProcessingAddon;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.services.ContextServiceAddon;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.swt.util.BindingProcessingAddon;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.bindings.Binding;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.bindings.keys.ParseException;

/**
 * The workbench's key-binding machinery for an application model, without a window: the command, context and
 * binding add-ons of Application.e4xmi, made as the workbench makes them, with the platform's publisher of model
 * changes. Tells which command some keys run in a binding context.
 */
final class WorkbenchBindings implements AutoCloseable {

    private final IEclipseContext context;
    private final UIEventPublisher publisher;
    private final MApplication application;

    /**
     * @param parent a context of a {@link org.digitworkbench.tests.support.PartHarness}: the add-ons hear model
     *        changes through @UIEventTopic, delivered with the harness's UISynchronize
     */
    WorkbenchBindings(MApplication application, IEclipseContext parent) {
        this.application = application;
        context = parent.createChild("workbench-bindings");
        context.set(MApplication.class, application);
        context.set(Logger.class, new WorkbenchLogger("org.digitworkbench.app.tests"));
        context.set(EModelService.class, new ModelServiceImpl(context));
        application.setContext(context);
        publisher = new UIEventPublisher(context);
        ((EObject) application).eAdapters().add(publisher);
        for (Class<?> addon : List.of(CommandServiceAddon.class, ContextServiceAddon.class,
                BindingServiceAddon.class, CommandProcessingAddon.class, ContextProcessingAddon.class,
                BindingProcessingAddon.class)) {
            ContextInjectionFactory.make(addon, context);
        }
    }

    /** The id of the command these keys run in this binding context, or null. */
    String commandFor(String bindingContextId, String keys) throws ParseException {
        BindingTable table = context.get(BindingTableManager.class).getTable(bindingContextId);
        Binding binding = table.getPerfectMatch(KeySequence.getInstance(keys));
        return binding == null ? null : binding.getParameterizedCommand().getId();
    }

    @Override
    public void close() {
        ((EObject) application).eAdapters().remove(publisher);
        context.dispose();
    }
}
