package org.digitworkbench.inference.fast;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import org.digitworkbench.inference.fast.FastNetworkCompiler.Verified;

/**
 * A verified compiled network in a plain binary form of our own (never Java serialization): each stage's shape
 * and weights, then DL4J's probabilities on the check inputs. Reading back needs neither DL4J nor ND4J, which is
 * what lets the product answer before ND4J has started; the caller checks the result again with
 * {@link FastNetworkCompiler#check} before trusting it. Every length is checked against the shapes, so a
 * damaged file fails with an {@link IOException} instead of building a wrong network.
 */
public final class FastNetworkFile {

    private static final int MAGIC = 0x44574E31; // "DWN1"
    private static final byte CONV = 1;
    private static final byte POOL = 2;
    private static final byte DENSE = 3;
    /** No layer of a digit network comes near these; larger values mean a damaged file. */
    private static final int MAX_DIMENSION = 1 << 16;
    private static final int MAX_FLOATS = 1 << 26;
    private static final int MAX_STAGES = 256;

    private FastNetworkFile() {
    }

    public static void write(Verified verified, DataOutputStream out) throws IOException {
        List<Stage> stages = verified.network().stages();
        out.writeInt(MAGIC);
        out.writeInt(stages.size());
        for (Stage stage : stages) {
            if (stage instanceof ConvStage conv) {
                out.writeByte(CONV);
                writeInts(out, conv.shape());
                out.writeBoolean(conv.relu());
                writeFloats(out, conv.flatWeights());
                writeFloats(out, conv.bias());
            } else if (stage instanceof MaxPoolStage pool) {
                out.writeByte(POOL);
                writeInts(out, pool.shape());
            } else if (stage instanceof DenseStage dense) {
                out.writeByte(DENSE);
                writeInts(out, new int[] {dense.inSize(), dense.outSize()});
                out.writeByte(dense.activation().ordinal());
                writeFloats(out, dense.flatWeights());
                writeFloats(out, dense.bias());
            } else {
                throw new IOException("no file form for " + stage.getClass().getSimpleName());
            }
        }
        float[][] answers = verified.dl4jOutputs();
        out.writeInt(answers.length);
        for (float[] answer : answers) {
            writeFloats(out, answer);
        }
    }

    public static Verified read(DataInputStream in) throws IOException {
        if (in.readInt() != MAGIC) {
            throw new IOException("not a compiled network");
        }
        int count = checked(in.readInt(), MAX_STAGES, "number of stages");
        List<Stage> stages = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            byte kind = in.readByte();
            if (kind == CONV) {
                int[] s = readInts(in, 5); // inC, inH, inW, outC, k
                if (s[4] > s[1] || s[4] > s[2]) {
                    throw new IOException("stage " + i + ": kernel larger than its input");
                }
                boolean relu = in.readBoolean();
                float[] weights = readFloats(in, (long) s[3] * s[0] * s[4] * s[4]);
                stages.add(new ConvStage(s[0], s[1], s[2], s[3], s[4], weights, readFloats(in, s[3]), relu));
            } else if (kind == POOL) {
                int[] s = readInts(in, 4); // channels, inH, inW, size
                if (s[3] > s[1] || s[3] > s[2]) {
                    throw new IOException("stage " + i + ": pooling window larger than its input");
                }
                stages.add(new MaxPoolStage(s[0], s[1], s[2], s[3]));
            } else if (kind == DENSE) {
                int[] s = readInts(in, 2); // nIn, nOut
                int activation = in.readByte();
                if (activation < 0 || activation >= DenseStage.Activation.values().length) {
                    throw new IOException("stage " + i + ": unknown activation " + activation);
                }
                float[] weights = readFloats(in, (long) s[0] * s[1]);
                stages.add(new DenseStage(s[0], s[1], weights, readFloats(in, s[1]),
                        DenseStage.Activation.values()[activation]));
            } else {
                throw new IOException("stage " + i + ": unknown kind " + kind);
            }
            if (i > 0 && stages.get(i - 1).outSize() != stages.get(i).inSize()) {
                throw new IOException("stage " + i + " takes " + stages.get(i).inSize() + " values, the one before "
                        + "gives " + stages.get(i - 1).outSize());
            }
        }
        if (stages.isEmpty()) {
            throw new IOException("no stages");
        }
        FastNetwork network = new FastNetwork(stages);
        float[][] answers = new float[checked(in.readInt(), MAX_STAGES, "number of recorded answers")][];
        for (int i = 0; i < answers.length; i++) {
            answers[i] = readFloats(in, network.outputSize());
        }
        return new Verified(network, answers);
    }

    private static void writeInts(DataOutputStream out, int[] values) throws IOException {
        for (int v : values) {
            out.writeInt(v);
        }
    }

    private static int[] readInts(DataInputStream in, int n) throws IOException {
        int[] values = new int[n];
        for (int i = 0; i < n; i++) {
            values[i] = checked(in.readInt(), MAX_DIMENSION, "dimension");
        }
        return values;
    }

    private static void writeFloats(DataOutputStream out, float[] values) throws IOException {
        out.writeInt(values.length);
        ByteBuffer bytes = ByteBuffer.allocate(values.length * Float.BYTES);
        bytes.asFloatBuffer().put(values);
        out.write(bytes.array());
    }

    /** A length-prefixed float array that must hold exactly {@code expected} values. */
    private static float[] readFloats(DataInputStream in, long expected) throws IOException {
        int length = in.readInt();
        if (length != expected || expected > MAX_FLOATS) {
            throw new IOException(length + " values where the shapes need " + expected);
        }
        byte[] bytes = in.readNBytes(length * Float.BYTES);
        if (bytes.length != length * Float.BYTES) {
            throw new IOException("cut short");
        }
        float[] values = new float[length];
        ByteBuffer.wrap(bytes).asFloatBuffer().get(values);
        return values;
    }

    private static int checked(int value, int max, String what) throws IOException {
        if (value <= 0 || value > max) {
            throw new IOException("implausible " + what + ": " + value);
        }
        return value;
    }
}
