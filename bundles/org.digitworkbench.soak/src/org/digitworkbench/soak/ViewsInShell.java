package org.digitworkbench.soak;

import java.util.Arrays;

import org.digitworkbench.ui.draw.DrawPart;
import org.digitworkbench.ui.draw.Drawing;
import org.digitworkbench.ui.draw.DrawingCanvas;
import org.digitworkbench.ui.prediction.PredictionPart;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.workbench.swt.DisplayUISynchronize;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.BundleContext;

/**
 * The real Draw and Prediction views side by side in a Shell of their own, created by e4 injection as the
 * workbench's renderer creates them: from a context backed by the running OSGi framework, so the event broker,
 * the preferences and the classifier service are the product's own.
 */
final class ViewsInShell implements AutoCloseable {

    private static final int WIDTH = 1400;
    private static final int HEIGHT = 760;

    final Shell shell;
    final Drawing drawing = new Drawing();
    final DrawPart draw;
    final PredictionPart prediction;
    final DrawingCanvas canvas;
    private final IEclipseContext context;

    ViewsInShell(Display display, BundleContext bundle) {
        shell = new Shell(display);
        shell.setText("Digit Workbench soak");
        shell.setLayout(new FillLayout(SWT.HORIZONTAL));
        Rectangle screen = display.getPrimaryMonitor().getClientArea();
        shell.setBounds(screen.x + 10, screen.y + 10, Math.min(WIDTH, screen.width - 20),
                Math.min(HEIGHT, screen.height - 20));
        context = EclipseContextFactory.getServiceContext(bundle).createChild("soak");
        context.set(UISynchronize.class, new DisplayUISynchronize(display));
        context.set(Drawing.class, drawing);
        Composite drawParent = new Composite(shell, SWT.NONE);
        draw = make(DrawPart.class, drawParent);
        prediction = make(PredictionPart.class, new Composite(shell, SWT.NONE));
        canvas = Arrays.stream(drawParent.getChildren()).filter(DrawingCanvas.class::isInstance)
                .map(DrawingCanvas.class::cast).findFirst().orElseThrow();
        shell.layout(true, true);
        shell.open();
        shell.forceActive();
    }

    /** A part in its own composite and child context, as the e4 renderer creates one. */
    private <T> T make(Class<T> partClass, Composite parent) {
        IEclipseContext partContext = context.createChild(partClass.getSimpleName());
        partContext.set(Composite.class, parent);
        return ContextInjectionFactory.make(partClass, partContext);
    }

    /** Widgets in the shell, the shell included. */
    int widgets() {
        return count(shell);
    }

    private static int count(Composite parent) {
        int n = 1;
        for (var child : parent.getChildren()) {
            n += child instanceof Composite inner ? count(inner) : 1;
        }
        return n;
    }

    /** Disposing the context runs the parts' @PreDestroy, as closing a view does. */
    @Override
    public void close() {
        context.dispose();
        if (!shell.isDisposed()) {
            shell.dispose();
        }
    }
}
