package org.digitworkbench.inference.fast;

import java.util.List;

/**
 * The trained network's forward pass in plain Java, for answering one drawing in a fraction of a millisecond
 * (Deeplearning4j spends ~1.5 ms per call in op dispatch for 2 M multiply-adds). Built from a DL4J model by
 * {@link FastNetworkCompiler}, which also proves it gives DL4J's answers. Thread-safe: buffers are per thread.
 */
public final class FastNetwork {

    private final List<Stage> stages;
    private final int bufferSize;
    private final ThreadLocal<float[][]> buffers;

    FastNetwork(List<Stage> stages) {
        this.stages = List.copyOf(stages);
        int buffer = 0;
        for (Stage s : stages) {
            buffer = Math.max(buffer, Math.max(s.inSize(), s.outSize()));
        }
        this.bufferSize = buffer;
        this.buffers = ThreadLocal.withInitial(() -> new float[][] {new float[bufferSize], new float[bufferSize]});
    }

    public int inputSize() {
        return stages.get(0).inSize();
    }

    public int outputSize() {
        return stages.get(stages.size() - 1).outSize();
    }

    /** Output of the last stage (probabilities for a softmax network) for one input. */
    public float[] forward(float[] input) {
        if (input.length != inputSize()) {
            throw new IllegalArgumentException("expected " + inputSize() + " inputs, got " + input.length);
        }
        float[][] b = buffers.get();
        float[] in = b[0];
        float[] out = b[1];
        System.arraycopy(input, 0, in, 0, input.length);
        for (Stage s : stages) {
            s.apply(in, out);
            float[] t = in;
            in = out;
            out = t;
        }
        float[] result = new float[outputSize()];
        System.arraycopy(in, 0, result, 0, result.length);
        return result;
    }
}
