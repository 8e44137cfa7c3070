package org.digitworkbench.inference.fast;

import java.util.List;

/**
 * The trained network's forward pass in plain Java, for answering one drawing in a fraction of a millisecond
 * (Deeplearning4j spends ~1.5 ms per call in op dispatch for 2 M multiply-adds). Built from a DL4J model by
 * {@link FastNetworkCompiler}, which also proves it gives DL4J's answers. Thread-safe: buffers are per thread.
 */
public final class FastNetwork {

    /** Inputs per batch in {@link #forwardAll}: enough to reuse weights, few enough to stay in the caches. */
    static final int BATCH = 4;

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

    List<Stage> stages() {
        return stages;
    }

    /** Whether its convolutions run on the Vector API ({@link VectorGemm}) rather than the plain loops. */
    public boolean usesVectorApi() {
        return stages.stream().anyMatch(s -> s instanceof ConvStage c && c.usesVectorApi());
    }

    /** Multiply-adds per input, all stages. */
    public long multiplyAdds() {
        return stages.stream().mapToLong(Stage::multiplyAdds).sum();
    }

    public int inputSize() {
        return stages.get(0).inSize();
    }

    public int outputSize() {
        return stages.get(stages.size() - 1).outSize();
    }

    /** Output of the last stage (probabilities for a softmax network) for one input. */
    public float[] forward(float[] input) {
        return forward(new float[][] {input})[0];
    }

    /** The same for several inputs at once, faster per input: each stage uses a weight for all of them. */
    public float[][] forward(float[][] inputs) {
        int n = inputs.length;
        float[][] b = buffers(n);
        float[] in = b[0];
        float[] out = b[1];
        for (int s = 0; s < n; s++) {
            if (inputs[s].length != inputSize()) {
                throw new IllegalArgumentException("expected " + inputSize() + " inputs, got " + inputs[s].length);
            }
            System.arraycopy(inputs[s], 0, in, s * inputSize(), inputSize());
        }
        for (Stage stage : stages) {
            stage.apply(in, out, n);
            float[] t = in;
            in = out;
            out = t;
        }
        float[][] results = new float[n][outputSize()];
        for (int s = 0; s < n; s++) {
            System.arraycopy(in, s * outputSize(), results[s], 0, outputSize());
        }
        return results;
    }

    /** Every input, in batches of {@link #BATCH} spread over the machine's cores. */
    public float[][] forwardAll(float[][] inputs) {
        float[][] results = new float[inputs.length][];
        int batches = (inputs.length + BATCH - 1) / BATCH;
        java.util.stream.IntStream.range(0, batches).parallel().forEach(i -> {
            int from = i * BATCH;
            float[][] batch = java.util.Arrays.copyOfRange(inputs, from, Math.min(inputs.length, from + BATCH));
            System.arraycopy(forward(batch), 0, results, from, batch.length);
        });
        return results;
    }

    private float[][] buffers(int n) {
        float[][] b = buffers.get();
        if (b[0].length < n * bufferSize) {
            b = new float[][] {new float[n * bufferSize], new float[n * bufferSize]};
            buffers.set(b);
        }
        return b;
    }
}
