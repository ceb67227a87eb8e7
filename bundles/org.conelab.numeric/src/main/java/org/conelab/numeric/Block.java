package org.conelab.numeric;

/**
 * The two products of classical Gram–Schmidt with a basis V = [v_0 … v_{m−1}] held as rows,
 * h = Vᵀw and w ← w − V·h, blocked by four vectors so that each sweep over w serves four basis
 * vectors: for large n both are bound by memory traffic, and w is read once per block instead
 * of once per vector.
 */
final class Block {

    private static final int WIDTH = 4;

    private Block() {
    }

    /** h_i ← v_iᵀw for i = 0 … count−1. */
    static void multiplyTransposed(double[][] basis, int count, double[] w, double[] h) {
        int i = 0;
        for (; i + WIDTH <= count; i += WIDTH) {
            double[] a = basis[i];
            double[] b = basis[i + 1];
            double[] c = basis[i + 2];
            double[] d = basis[i + 3];
            double sa = 0.0;
            double sb = 0.0;
            double sc = 0.0;
            double sd = 0.0;
            for (int k = 0; k < w.length; k++) {
                double x = w[k];
                // four dot products in one sweep, four independent partial sums
                sa += a[k] * x;
                sb += b[k] * x;
                sc += c[k] * x;
                sd += d[k] * x;
            }
            h[i] = sa;
            h[i + 1] = sb;
            h[i + 2] = sc;
            h[i + 3] = sd;
        }
        for (; i < count; i++) {
            h[i] = Vectors.dot(basis[i], w);
        }
    }

    /** w ← w − Σ_i h_i·v_i for i = 0 … count−1. */
    static void subtract(double[][] basis, int count, double[] h, double[] w) {
        int i = 0;
        for (; i + WIDTH <= count; i += WIDTH) {
            double[] a = basis[i];
            double[] b = basis[i + 1];
            double[] c = basis[i + 2];
            double[] d = basis[i + 3];
            double ha = h[i];
            double hb = h[i + 1];
            double hc = h[i + 2];
            double hd = h[i + 3];
            for (int k = 0; k < w.length; k++) {
                // w ← w − V·h over four columns
                w[k] -= ha * a[k] + hb * b[k] + hc * c[k] + hd * d[k];
            }
        }
        for (; i < count; i++) {
            Vectors.addScaled(w, -h[i], basis[i]);
        }
    }
}
