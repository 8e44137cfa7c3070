package org.digitworkbench.tests.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.workbench.swt.DisplayUISynchronize;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.FrameworkUtil;

/**
 * A real part in a real {@link Shell}: the part's class is created by e4 dependency injection from a context
 * backed by the running OSGi framework (so IEventBroker, preferences and OSGi services are the real ones).
 */
public final class PartHarness implements AutoCloseable {

    public final Display display;
    public final Shell shell;
    public final IEclipseContext context;
    public final SwtRobot robot;
    private final List<Object> parts = new ArrayList<>();
    private final Map<Object, IEclipseContext> partContexts = new IdentityHashMap<>();

    public PartHarness(int width, int height) {
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setText("Digit Workbench test");
        shell.setLayout(new FillLayout(SWT.HORIZONTAL));
        shell.setBounds(10, 10, width, height);
        context = application(display).createChild("part-harness");
        robot = new SwtRobot(display);
    }

    private static IEclipseContext application;

    /** One context for the whole test run, like the workbench's application context, never disposed. */
    private static synchronized IEclipseContext application(Display display) {
        if (application == null) {
            application = EclipseContextFactory.getServiceContext(FrameworkUtil.getBundle(PartHarness.class)
                    .getBundleContext()).createChild("test-application");
            application.set(UISynchronize.class, new DisplayUISynchronize(display));
            // as the workbench does with its application context: @UIEventTopic delivers through this UISynchronize
            ContextInjectionFactory.setDefault(application);
        }
        return application;
    }

    /** Creates a part of the given class in its own composite, as the e4 renderer would. */
    public <T> T make(Class<T> partClass) {
        Composite parent = new Composite(shell, SWT.NONE);
        IEclipseContext partContext = context.createChild(partClass.getSimpleName());
        partContext.set(Composite.class, parent);
        T part = ContextInjectionFactory.make(partClass, partContext);
        parts.add(part);
        partContexts.put(part, partContext);
        shell.layout(true, true);
        return part;
    }

    /** The context a part was made in (what the workbench gives a part; handlers run in it). */
    public IEclipseContext contextOf(Object part) {
        IEclipseContext found = partContexts.get(part);
        if (found == null) {
            throw new AssertionError(part + " was not made by this harness");
        }
        return found;
    }

    /**
     * Whether a command handler of the model would be enabled for the part: its {@code @CanExecute} evaluated in the
     * part's context, as the workbench does for the part's toolbar, menu and keys (true when it has none).
     */
    public boolean canExecute(Class<?> handlerClass, Object part) {
        IEclipseContext partContext = contextOf(part);
        Object handler = ContextInjectionFactory.make(handlerClass, partContext);
        Object enabled = ContextInjectionFactory.invoke(handler, CanExecute.class, partContext, Boolean.TRUE);
        return Boolean.TRUE.equals(enabled);
    }

    /** Runs a command handler for the part if it is enabled; returns whether it ran. */
    public boolean execute(Class<?> handlerClass, Object part) {
        if (!canExecute(handlerClass, part)) {
            return false;
        }
        IEclipseContext partContext = contextOf(part);
        Object handler = ContextInjectionFactory.make(handlerClass, partContext);
        ContextInjectionFactory.invoke(handler, Execute.class, partContext);
        robot.settle();
        return true;
    }

    /** The first control of a type in the shell, depth first; fails when there is none. */
    public <T> T find(Class<T> type) {
        List<T> found = all(type);
        if (found.isEmpty()) {
            throw new AssertionError("no " + type.getSimpleName() + " in the shell");
        }
        return found.get(0);
    }

    /** Every control of a type in the shell, depth first. */
    public <T> List<T> all(Class<T> type) {
        List<T> found = new ArrayList<>();
        collect(shell, type, found);
        return found;
    }

    private static <T> void collect(Composite parent, Class<T> type, List<T> found) {
        for (var c : parent.getChildren()) {
            if (type.isInstance(c)) {
                found.add(type.cast(c));
            }
            if (c instanceof Composite inner) {
                collect(inner, type, found);
            }
        }
    }

    public void open() {
        shell.open();
        shell.forceActive();
        robot.settle();
    }

    public IEventBroker broker() {
        return context.get(IEventBroker.class);
    }

    /** Collects the payloads posted on a topic (delivered on another thread; read after waiting). */
    public <T> List<T> record(String topic, Class<T> type) {
        List<T> received = Collections.synchronizedList(new ArrayList<>());
        broker().subscribe(topic, event -> received.add(type.cast(event.getProperty(IEventBroker.DATA))));
        return received;
    }

    @Override
    public void close() {
        context.dispose();
        if (!shell.isDisposed()) {
            shell.dispose();
        }
        robot.settle();
    }
}
