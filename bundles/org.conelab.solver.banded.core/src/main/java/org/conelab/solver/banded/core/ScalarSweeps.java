package org.conelab.solver.banded.core;

/** The hot loops in plain Java: one row at a time, the diagonals in an inner loop. */
public final class ScalarSweeps implements Sweeps {

    @Override
    public void weigh(double s, double[] w, int base, double[] u, double[] z, int from, int to) {
        for (int i = from; i < to; i++) {
            // z_i = s·w_i·u_i
            z[i] = s * w[i + base] * u[i];
        }
    }

    @Override
    public void stencilApply(double[] c, int r, double[] z, double[] y, int from, int to) {
        for (int i = from; i < to; i++) {
            y[i] = stencilRow(c, r, z, i);
        }
    }

    @Override
    public void stencilStep(double[] c, int r, double[] sw, double[] u, double[] z, double[] v, int from, int to) {
        if (r == 1) {
            double c0 = c[0];
            double c1 = c[1];
            for (int i = from; i < to; i++) {
                // v_i = u_i − (c_0·z_i + c_1·(z_{i−1} + z_{i+1})), z_j = sw_j·u_j
                v[i] = u[i] - (c0 * (sw[i] * u[i]) + c1 * (sw[i - 1] * u[i - 1] + sw[i + 1] * u[i + 1]));
            }
            return;
        }
        weighed(sw, u, z, from - r, to + r);
        for (int i = from; i < to; i++) {
            // v_i = u_i − (Kz)_i
            v[i] = u[i] - stencilRow(c, r, z, i);
        }
    }

    @Override
    public void bandedApply(double[][] d, int r, int base, double[] z, double[] y, int from, int to) {
        for (int i = from; i < to; i++) {
            y[i] = bandedRow(d, r, base, z, i);
        }
    }

    @Override
    public void bandedStep(double[][] d, int r, int base, double[] sw, double[] u, double[] z, double[] v, int from,
            int to) {
        weighed(sw, u, z, from - r, to + r);
        for (int i = from; i < to; i++) {
            // v_i = u_i − (Kz)_i
            v[i] = u[i] - bandedRow(d, r, base, z, i);
        }
    }

    private static void weighed(double[] sw, double[] u, double[] z, int from, int to) {
        for (int i = from; i < to; i++) {
            // z_i = (η·w_i)·u_i
            z[i] = sw[i] * u[i];
        }
    }

    /** @return (Kz)_i for a stencil c of half-bandwidth r */
    private static double stencilRow(double[] c, int r, double[] z, int i) {
        double sum = c[0] * z[i];
        for (int k = 1; k <= r; k++) {
            // (Kz)_i += c_k·(z_{i−k} + z_{i+k})
            sum += c[k] * (z[i - k] + z[i + k]);
        }
        return sum;
    }

    /** @return (Kz)_i for band diagonals d, row i of a tile starting at global row base */
    private static double bandedRow(double[][] d, int r, int base, double[] z, int i) {
        int g = i + base;
        double sum = d[0][g] * z[i];
        for (int k = 1; k <= r; k++) {
            // (Kz)_i += K(g, g−k)·z_{i−k} + K(g, g+k)·z_{i+k}
            sum += d[k][g - k] * z[i - k] + d[k][g] * z[i + k];
        }
        return sum;
    }
}
