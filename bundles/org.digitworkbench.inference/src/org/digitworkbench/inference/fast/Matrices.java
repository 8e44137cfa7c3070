package org.digitworkbench.inference.fast;

/** Row-major matrices as one array (DL4J's and our file's form) and as rows (what the stages' loops read). */
final class Matrices {

    private Matrices() {
    }

    static float[][] rows(float[] flat, int rows, int columns) {
        float[][] m = new float[rows][columns];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(flat, r * columns, m[r], 0, columns);
        }
        return m;
    }

    static float[] flatten(float[][] rows) {
        int columns = rows.length == 0 ? 0 : rows[0].length;
        float[] flat = new float[rows.length * columns];
        for (int r = 0; r < rows.length; r++) {
            System.arraycopy(rows[r], 0, flat, r * columns, columns);
        }
        return flat;
    }
}
