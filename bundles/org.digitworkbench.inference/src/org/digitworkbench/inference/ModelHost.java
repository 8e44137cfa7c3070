package org.digitworkbench.inference;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Hashtable;
import java.util.Locale;
import java.util.Optional;

import org.digitworkbench.api.DigitClassifier;
import org.digitworkbench.api.ModelInfo;
import org.digitworkbench.api.ModelService;
import org.eclipse.core.runtime.ILog;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * Keeps one model in service. At activation the shipped model is loaded on a background thread, then registered
 * as the {@link DigitClassifier} service: from the compiled network verified on an earlier start when there is
 * one ({@link CompiledNetworkCache}, a few milliseconds, ND4J not started), else the long way (ND4J start and
 * model restore take seconds; the workbench must not wait). Loading another model registers the new classifier
 * before withdrawing the old one. Messages go to the Eclipse log, never to the console: a command's output is its
 * own.
 */
@Component(service = {ModelService.class, ModelHost.class}, immediate = true)
public final class ModelHost implements ModelService {

    /** The model inside this bundle, copied from the project's models/ folder at build time. */
    public static final String SHIPPED_MODEL = "/models/digits-cnn.zip";
    /** System property naming a model file to use instead of the shipped one. */
    public static final String MODEL_PROPERTY = "digits.model";

    /** How long stopping waits for the first load to end (ND4J's start cannot be interrupted). */
    private static final long LOADER_STOP_MILLIS = 60_000;

    private final CompiledNetworkCache cache = CompiledNetworkCache.fromSystemProperty();
    private BundleContext context;
    private ServiceRegistration<DigitClassifier> registration;
    private Dl4jDigitClassifier current;
    private Thread loader;
    /** Set first when stopping: the loader then gives up at its next step and installs nothing. */
    private volatile boolean stopping;

    @Activate
    void activate(BundleContext bundleContext) {
        this.context = bundleContext;
        loader = new Thread(this::loadInitialModel, "digits-model-loader");
        loader.setDaemon(true);
        loader.start();
    }

    /** The thread loading the first model (it may already have ended). */
    Thread loaderThread() {
        return loader;
    }

    private void loadInitialModel() {
        String override = System.getProperty(MODEL_PROPERTY);
        try {
            long loadStart = System.nanoTime();
            boolean nd4jRunning = Nd4jRuntime.started();
            ModelInfo info = override != null && !override.isBlank() ? load(Path.of(override)) : loadShipped();
            // the first prediction is possible from here: a figure for the start-up (the product's log)
            boolean compiledEarlier;
            synchronized (this) {
                compiledEarlier = current != null && current.restoresLazily();
            }
            long nd4jMillis = nd4jRunning ? 0 : Math.max(0, Nd4jRuntime.startMillis());
            String how = !compiledEarlier
                    ? String.format(Locale.ROOT, "ND4J start %d ms, model load %.0f ms", nd4jMillis,
                            (System.nanoTime() - loadStart) / 1e6 - nd4jMillis)
                    : String.format(Locale.ROOT, "compiled network verified earlier, read and checked in %.0f ms; "
                            + "ND4J not started", (System.nanoTime() - loadStart) / 1e6);
            ILog.of(ModelHost.class).info(String.format(Locale.ROOT, "Model %s ready %d ms after JVM start (%s)",
                    info.name(), ManagementFactory.getRuntimeMXBean().getUptime(), how));
        } catch (Exception | LinkageError e) { // ND4J fails to start with errors, not exceptions
            if (!stopping) { // when stopping, a short command ended first and nobody needs the model
                ILog.of(ModelHost.class).error("No model could be loaded: " + e.getMessage(), e);
            }
        }
    }

    /**
     * Waits for the first load to end before letting the bundle stop: a load still running when the framework shuts
     * down (a command that failed at once) would start ND4J in a closed bundle and die with a trace on the console.
     */
    @Deactivate
    void deactivate() {
        stopping = true;
        Thread running = loader;
        if (running != null && running != Thread.currentThread()) {
            try {
                running.join(LOADER_STOP_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (this) {
            if (registration != null) {
                registration.unregister();
                registration = null;
            }
            current = null;
            context = null;
            notifyAll();
        }
    }

    @Override
    public ModelInfo load(Path modelFile) throws IOException {
        return open(ModelArchive.readBytes(modelFile), modelFile.toString(), modelFile.toAbsolutePath().toString());
    }

    @Override
    public ModelInfo loadShipped() throws IOException {
        try (InputStream in = ModelHost.class.getResourceAsStream(SHIPPED_MODEL)) {
            if (in == null) {
                throw new IOException("the shipped model " + SHIPPED_MODEL + " is missing from this build");
            }
            return open(in.readAllBytes(), "digits-cnn.zip", "shipped");
        }
    }

    /**
     * From the compiled network verified for these very bytes on an earlier start, if there is one (no ND4J
     * needed); else the long way (ND4J, DL4J restore, compile, verify), keeping the result for the next start.
     */
    private ModelInfo open(byte[] model, String name, String shownSource) throws IOException {
        if (stopping) {
            throw new IllegalStateException("model service is stopped");
        }
        Optional<CompiledNetworkCache.Entry> compiled = cache.find(model, shownSource);
        if (compiled.isPresent()) {
            return install(new Dl4jDigitClassifier(compiled.get(),
                    () -> ModelArchive.read(new ByteArrayInputStream(model), name).network()));
        }
        ModelArchive.Loaded loaded = ModelArchive.read(new ByteArrayInputStream(model), name);
        Dl4jDigitClassifier classifier = new Dl4jDigitClassifier(loaded.network(), loaded.metadata(), shownSource);
        ModelInfo info = install(classifier);
        if (classifier.verified() != null) {
            cache.store(model, classifier.verified(), info);
        }
        return info;
    }

    private synchronized ModelInfo install(Dl4jDigitClassifier classifier) {
        if (context == null || stopping) {
            throw new IllegalStateException("model service is stopped");
        }
        if (classifier.compiledPathRefusal() != null) {
            ILog.of(ModelHost.class).info("Model " + classifier.info().name() + " answers through DL4J only: "
                    + classifier.compiledPathRefusal());
        }
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put("model.name", classifier.info().name());
        properties.put("model.source", classifier.info().source());
        ServiceRegistration<DigitClassifier> previous = registration;
        registration = context.registerService(DigitClassifier.class, classifier, properties);
        current = classifier;
        notifyAll();
        if (previous != null) {
            previous.unregister();
        }
        return classifier.info();
    }

    @Override
    public synchronized ModelInfo current() {
        return current == null ? null : current.info();
    }

    /**
     * The classifier in service, waiting up to {@code timeoutMillis} for the first model to load; for commands of
     * this bundle, which may also need DL4J itself (its network, its {@code Evaluation}). So ND4J is started here,
     * outside the lock: a model served from its kept compiled network did not start it, and DL4J's classes fail
     * to initialise in OSGi when ND4J was not started by {@link Nd4jRuntime}.
     */
    public Dl4jDigitClassifier awaitClassifier(long timeoutMillis) throws InterruptedException {
        Dl4jDigitClassifier classifier = awaitCurrent(timeoutMillis);
        Nd4jRuntime.ensureStarted();
        return classifier;
    }

    private synchronized Dl4jDigitClassifier awaitCurrent(long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (current == null && loader != null && loader.isAlive()) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                break;
            }
            wait(Math.min(left, 200));
        }
        if (current == null) {
            throw new IllegalStateException("no model is in service (see the log for why it failed to load)");
        }
        return current;
    }
}
