package org.digitworkbench.inference.commands;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * What this machine reaches on a dense single-precision matrix product through ND4J (OpenBLAS sgemm, all its
 * threads): the yardstick {@code digits bench} holds the scan's arithmetic rate against.
 */
final class MatrixMultiplyRate {

    static final int SIZE = 1024;

    private MatrixMultiplyRate() {
    }

    /** Multiply-adds per second of SIZE³ products, the best of five timed rounds after a warm-up. */
    static double multiplyAddsPerSecond() {
        INDArray a = Nd4j.rand(DataType.FLOAT, SIZE, SIZE);
        INDArray b = Nd4j.rand(DataType.FLOAT, SIZE, SIZE);
        INDArray c = Nd4j.create(DataType.FLOAT, SIZE, SIZE);
        int reps = 10;
        for (int i = 0; i < reps; i++) {
            Nd4j.gemm(a, b, c, false, false, 1.0, 0.0);
        }
        double best = Double.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            long start = System.nanoTime();
            for (int i = 0; i < reps; i++) {
                Nd4j.gemm(a, b, c, false, false, 1.0, 0.0);
            }
            best = Math.min(best, (System.nanoTime() - start) / 1e9 / reps);
        }
        return (double) SIZE * SIZE * SIZE / best;
    }
}
