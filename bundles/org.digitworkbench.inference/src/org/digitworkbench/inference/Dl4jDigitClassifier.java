package org.digitworkbench.inference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.digitworkbench.api.DigitClassifier;
import org.digitworkbench.api.DigitImage;
import org.digitworkbench.api.ModelInfo;
import org.digitworkbench.api.Prediction;
import org.digitworkbench.inference.fast.FastNetwork;
import org.digitworkbench.inference.fast.FastNetworkCompiler;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A DL4J network as a {@link DigitClassifier}. When the network consists of layers the compiled path reproduces
 * (checked against DL4J's own output when the model is loaded), answers come from that path; otherwise from
 * {@link MultiLayerNetwork#output}, serialised because a network is not safe for concurrent use. A classifier made
 * from a compiled network verified earlier ({@link CompiledNetworkCache}) restores the DL4J network only when
 * something asks for it, so that ND4J need not start for answers.
 */
public final class Dl4jDigitClassifier implements DigitClassifier {

    private static final int DL4J_BATCH = 1000;

    /** Restores the DL4J network of a classifier made from a compiled network. */
    @FunctionalInterface
    public interface NetworkSource {
        MultiLayerNetwork restore() throws IOException;
    }

    private MultiLayerNetwork network;
    private final NetworkSource source;
    private final FastNetwork fast;
    private final FastNetworkCompiler.Verified verified;
    private final String fastRefusal;
    private final ModelInfo info;

    public Dl4jDigitClassifier(MultiLayerNetwork network, ModelMetadata metadata, String source) {
        this.network = network;
        this.source = null;
        FastNetworkCompiler.Verified compiled = null;
        String refusal = null;
        try {
            compiled = FastNetworkCompiler.compileVerified(network, 1, DigitImage.SIZE, DigitImage.SIZE);
        } catch (FastNetworkCompiler.UnsupportedModelException e) {
            refusal = e.getMessage();
        }
        this.verified = compiled;
        this.fast = compiled == null ? null : compiled.network();
        this.fastRefusal = refusal;
        this.info = new ModelInfo(metadata.name(), metadata.description(), network.numParams(),
                metadata.testAccuracy(), source);
    }

    /** A classifier answering from a compiled network verified earlier; DL4J's network comes from {@code source}. */
    public Dl4jDigitClassifier(CompiledNetworkCache.Entry compiled, NetworkSource source) {
        this.network = null;
        this.source = source;
        this.verified = null;
        this.fast = compiled.network();
        this.fastRefusal = null;
        this.info = compiled.info();
    }

    /** Whether this classifier came from a compiled network verified earlier (DL4J's network restored on demand). */
    public boolean restoresLazily() {
        return source != null;
    }

    /** The compiled network with the DL4J answers it was verified on, when it was compiled here; else null. */
    public FastNetworkCompiler.Verified verified() {
        return verified;
    }

    /** Why the compiled path is not used, or null when it is. */
    public String compiledPathRefusal() {
        return fastRefusal;
    }

    /** Multiply-adds per image of the compiled forward pass, or 0 when DL4J serves the model. */
    public long multiplyAddsPerImage() {
        return fast == null ? 0 : fast.multiplyAdds();
    }

    /** The DL4J network, restored (starting ND4J) on the first call when this classifier came from the cache. */
    public synchronized MultiLayerNetwork network() {
        if (network == null) {
            try {
                network = source.restore();
            } catch (IOException e) {
                throw new UncheckedIOException(e.getMessage(), e);
            }
        }
        return network;
    }

    @Override
    public Prediction classify(DigitImage image) {
        if (fast != null) {
            return new Prediction(fast.forward(image.pixels()));
        }
        return classifyWithDl4j(List.of(image)).get(0);
    }

    @Override
    public List<Prediction> classifyAll(List<DigitImage> images) {
        if (fast == null) {
            return classifyWithDl4j(images);
        }
        float[][] inputs = new float[images.size()][];
        for (int i = 0; i < inputs.length; i++) {
            inputs[i] = images.get(i).pixels();
        }
        List<Prediction> results = new ArrayList<>(inputs.length);
        for (float[] probabilities : fast.forwardAll(inputs)) {
            results.add(new Prediction(probabilities));
        }
        return results;
    }

    private List<Prediction> classifyWithDl4j(List<DigitImage> images) {
        List<Prediction> out = new ArrayList<>(images.size());
        for (int start = 0; start < images.size(); start += DL4J_BATCH) {
            int n = Math.min(DL4J_BATCH, images.size() - start);
            float[] batch = new float[n * DigitImage.PIXELS];
            for (int i = 0; i < n; i++) {
                images.get(start + i).copyTo(batch, i * DigitImage.PIXELS);
            }
            INDArray output;
            MultiLayerNetwork dl4j = network();
            synchronized (dl4j) {
                output = dl4j.output(Nd4j.create(batch, new long[] {n, DigitImage.PIXELS}), false);
            }
            float[] probabilities = output.dup('c').data().asFloat();
            for (int i = 0; i < n; i++) {
                float[] p = new float[10];
                System.arraycopy(probabilities, i * 10, p, 0, 10);
                out.add(new Prediction(p));
            }
        }
        return out;
    }

    @Override
    public ModelInfo info() {
        return info;
    }
}
