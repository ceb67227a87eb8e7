package org.conelab.testsupport;

import java.util.ArrayList;
import java.util.List;
import org.conelab.api.matrix.SymmetricMatrix;
import org.conelab.api.solver.LinearDynamics;

/**
 * Plain-loop references for the linearised dynamics e_{t+1} = (I − η·K·W)·e_t, built on the API's
 * reference product {@link SymmetricMatrix#apply} or on the dense step matrix, never on a solver.
 */
public final class ReferenceDynamics {

    /** η as a fraction of 1/(Gershgorin bound of K·W) in {@link #gershgorinStable}. */
    private static final double GERSHGORIN_FRACTION = 0.8;

    private ReferenceDynamics() {
    }

    /**
     * Dynamics that are stable without computing a spectrum: η = 0.8 / max_i Σ_j |K(i, j)|·w_j, a
     * Gershgorin bound of λ_max(K·W), so 0 &lt; η·λ &lt; 2 for every eigenvalue λ of K·W when K is
     * positive semi-definite; η is not the exact inverse of K·W for n = 1.
     */
    public static LinearDynamics gershgorinStable(SymmetricMatrix kernel, double[] w) {
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
        return new LinearDynamics(kernel, w, GERSHGORIN_FRACTION / bound);
    }

    /** @return y = A·x by the matrix's reference product; x is not modified */
    public static double[] times(SymmetricMatrix a, double[] x) {
        double[] y = new double[x.length];
        a.apply(x, y);
        return y;
    }

    /** @return y = K·(w∘x) by the matrix's reference product; x is not modified */
    public static double[] product(SymmetricMatrix kernel, double[] w, double[] x) {
        double[] z = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            // z = w ∘ x
            z[i] = w[i] * x[i];
        }
        return times(kernel, z);
    }

    /** @return e_T after T plain steps e ← e − η·K·(w∘e) from e_0, which is not modified */
    public static double[] evolve(LinearDynamics dynamics, double[] e0, int steps) {
        double[] e = e0.clone();
        for (int t = 0; t < steps; t++) {
            double[] ke = product(dynamics.kernel(), dynamics.weights(), e);
            for (int i = 0; i < e.length; i++) {
                // e ← e − η·K·(w∘e)
                e[i] -= dynamics.eta() * ke[i];
            }
        }
        return e;
    }

    /**
     * The dense step matrix B = I − η·K·W, entries read through {@link SymmetricMatrix#entry}, so
     * that e_t = B^t·e_0 and the response columns are the columns of B^t.
     *
     * @return B as an n×n array, B_ij = δ_ij − η·K_ij·w_j
     */
    public static double[][] stepMatrix(SymmetricMatrix kernel, double[] w, double eta) {
        double[][] b = DenseReference.entries(kernel);
        for (int i = 0; i < b.length; i++) {
            for (int j = 0; j < b.length; j++) {
                // B_ij = δ_ij − η K_ij w_j
                b[i][j] = (i == j ? 1 : 0) - eta * b[i][j] * w[j];
            }
        }
        return b;
    }

    /** @return y = B·x for a dense n×n array B by the row-by-row loop */
    public static double[] times(double[][] b, double[] x) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < x.length; j++) {
                // y_i += B_ij x_j
                y[i] += b[i][j] * x[j];
            }
        }
        return y;
    }

    /**
     * The steps at which {@code Solver.evolve(…, steps, interval, observer)} calls its observer: 0,
     * every interval-th step before the end, and the last step once.
     *
     * @return 0, interval, 2·interval, … (&lt; steps), steps; just 0 when steps = 0
     */
    public static List<Integer> observedSteps(int steps, int interval) {
        List<Integer> expected = new ArrayList<>();
        expected.add(0);
        for (int t = interval; t < steps; t += interval) {
            expected.add(t);
        }
        if (steps > 0) {
            expected.add(steps);
        }
        return expected;
    }
}
