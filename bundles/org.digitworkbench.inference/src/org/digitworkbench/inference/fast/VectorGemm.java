package org.digitworkbench.inference.fast;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The convolutions' matrix product with the Vector API: a tile of 4 output channels × 2 vectors of columns is
 * kept in registers over the whole depth, so each loaded input serves 4 multiply-adds and each weight 2 vectors.
 * C2's automatic vectorisation of the plain loop keeps the accumulators in memory and reaches about half the rate
 * (16 against 30 G multiply-adds/s on one core here). Loaded only when {@link VectorSupport} finds the module.
 */
final class VectorGemm {

    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
    static final int LANES = SPECIES.length();
    /** Columns of one tile; the column count must be a multiple of it. */
    static final int TILE_COLUMNS = 2 * LANES;

    private VectorGemm() {
    }

    /**
     * out[o·cols + j] = bias[o] + Σ_r w[o·depth + r] · x[r·cols + j] for the first {@code rows} (a multiple of 4)
     * output channels.
     */
    static void multiply(float[] w, float[] bias, int rows, int depth, float[] x, int cols, float[] out) {
        for (int o = 0; o + 4 <= rows; o += 4) {
            for (int j = 0; j < cols; j += TILE_COLUMNS) {
                tile(w, bias, o, depth, x, cols, j, out);
            }
        }
    }

    private static void tile(float[] w, float[] bias, int o, int depth, float[] x, int cols, int j, float[] out) {
        FloatVector c00 = FloatVector.broadcast(SPECIES, bias[o]);
        FloatVector c01 = c00;
        FloatVector c10 = FloatVector.broadcast(SPECIES, bias[o + 1]);
        FloatVector c11 = c10;
        FloatVector c20 = FloatVector.broadcast(SPECIES, bias[o + 2]);
        FloatVector c21 = c20;
        FloatVector c30 = FloatVector.broadcast(SPECIES, bias[o + 3]);
        FloatVector c31 = c30;
        int w0 = o * depth;
        int w1 = w0 + depth;
        int w2 = w1 + depth;
        int w3 = w2 + depth;
        for (int r = 0, at = j; r < depth; r++, at += cols) {
            FloatVector x0 = FloatVector.fromArray(SPECIES, x, at);
            FloatVector x1 = FloatVector.fromArray(SPECIES, x, at + LANES);
            FloatVector b = FloatVector.broadcast(SPECIES, w[w0 + r]);
            c00 = x0.fma(b, c00);
            c01 = x1.fma(b, c01);
            b = FloatVector.broadcast(SPECIES, w[w1 + r]);
            c10 = x0.fma(b, c10);
            c11 = x1.fma(b, c11);
            b = FloatVector.broadcast(SPECIES, w[w2 + r]);
            c20 = x0.fma(b, c20);
            c21 = x1.fma(b, c21);
            b = FloatVector.broadcast(SPECIES, w[w3 + r]);
            c30 = x0.fma(b, c30);
            c31 = x1.fma(b, c31);
        }
        int row = o * cols + j;
        c00.intoArray(out, row);
        c01.intoArray(out, row + LANES);
        c10.intoArray(out, row + cols);
        c11.intoArray(out, row + cols + LANES);
        c20.intoArray(out, row + 2 * cols);
        c21.intoArray(out, row + 2 * cols + LANES);
        c30.intoArray(out, row + 3 * cols);
        c31.intoArray(out, row + 3 * cols + LANES);
    }
}
