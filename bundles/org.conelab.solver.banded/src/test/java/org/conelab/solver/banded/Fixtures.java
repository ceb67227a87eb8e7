package org.conelab.solver.banded;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.conelab.api.matrix.BandedMatrix;
import org.conelab.api.matrix.StencilMatrix;
import org.conelab.api.matrix.SymmetricMatrix;
import org.conelab.api.solver.LinearDynamics;

/** Seeded problems and plain reference loops for the cross-solver suite. */
final class Fixtures {

    /** Orders: tiny, odd sizes that leave a SIMD tail (8 lanes), and several tiles long. */
    static final int[] SIZES = {1, 2, 3, 9, 17, 31, 1001};
    /** Stored half-bandwidths; 1000 ≥ n for all sizes but the last. */
    static final int[] BANDWIDTHS = {0, 1, 2, 4, 1000};

    private Fixtures() {
    }

    /** @return stencil and banded SPD matrices for every (n, R) */
    static List<SymmetricMatrix> matrices() {
        List<SymmetricMatrix> all = new ArrayList<>();
        long seed = 101;
        for (int n : SIZES) {
            for (int r : BANDWIDTHS) {
                all.add(stencil(n, r, seed++));
                all.add(banded(n, r, seed++));
            }
        }
        return all;
    }

    static BandedMatrix banded(int n, int r, long seed) {
        Random random = new Random(seed);
        double[][] d = new double[r + 1][];
        for (int k = 0; k <= r; k++) {
            d[k] = new double[Math.max(n - k, 0)];
            for (int i = 0; i < d[k].length; i++) {
                d[k][i] = k == 0 ? 0.0 : random.nextDouble() - 0.5;
            }
        }
        for (int i = 0; i < n; i++) {
            double radius = 0;
            for (int k = 1; k <= r; k++) {
                radius += (i - k >= 0 ? Math.abs(d[k][i - k]) : 0) + (i + k < n ? Math.abs(d[k][i]) : 0);
            }
            // strictly diagonally dominant, so SPD
            d[0][i] = radius + 0.5 + random.nextDouble();
        }
        return new BandedMatrix(n, d);
    }

    static StencilMatrix stencil(int n, int r, long seed) {
        Random random = new Random(seed);
        double[] c = new double[r + 1];
        double radius = 0;
        for (int k = 1; k <= r; k++) {
            c[k] = random.nextDouble() - 0.5;
            radius += 2 * Math.abs(c[k]);
        }
        c[0] = radius + 0.5;
        return new StencilMatrix(n, c);
    }

    /** @return w = 1/y², y log-normal (σ = 0.5): heteroscedastic IS curvatures */
    static double[] weights(int n, long seed) {
        Random random = new Random(seed);
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            double y = Math.exp(0.5 * random.nextGaussian());
            w[i] = 1.0 / (y * y);
        }
        return w;
    }

    static double[] vector(int n, long seed) {
        Random random = new Random(seed);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = random.nextGaussian();
        }
        return x;
    }

    /** @return η = 0.8/(Gershgorin bound of K·W): stable, and not the exact inverse for n = 1 */
    static LinearDynamics dynamics(SymmetricMatrix kernel, double[] w) {
        int n = kernel.size();
        int r = kernel.halfBandwidth();
        double bound = 0;
        for (int i = 0; i < n; i++) {
            double row = 0;
            for (int j = Math.max(0, i - r); j <= Math.min(n - 1, i + r); j++) {
                row += Math.abs(kernel.entry(i, j)) * w[j];
            }
            bound = Math.max(bound, row);
        }
        return new LinearDynamics(kernel, w, 0.8 / bound);
    }

    /** @return K·(w∘x) by the API's reference loop */
    static double[] product(SymmetricMatrix kernel, double[] w, double[] x) {
        double[] z = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            z[i] = w[i] * x[i];
        }
        double[] y = new double[x.length];
        kernel.apply(z, y);
        return y;
    }

    /** @return e_T by plain steps e ← e − η·K·(w∘e) */
    static double[] evolve(LinearDynamics dynamics, double[] e0, int steps) {
        double[] e = e0.clone();
        for (int t = 0; t < steps; t++) {
            double[] ke = product(dynamics.kernel(), dynamics.weights(), e);
            for (int i = 0; i < e.length; i++) {
                e[i] -= dynamics.eta() * ke[i];
            }
        }
        return e;
    }

    /** @return max |a − b| / max |b| */
    static double relativeError(double[] a, double[] b) {
        double diff = 0;
        double scale = Double.MIN_NORMAL;
        for (int i = 0; i < a.length; i++) {
            diff = Math.max(diff, Math.abs(a[i] - b[i]));
            scale = Math.max(scale, Math.abs(b[i]));
        }
        return diff / scale;
    }
}
