package org.conelab.testsupport;

import java.util.Random;
import org.conelab.api.matrix.SparseMatrix;
import org.conelab.api.matrix.StencilMatrix;

/**
 * Kernels and targets for which λ_min(S), S = W^½·K·W^½, lies far below ε·λ_max(S): K well
 * conditioned (or at least positive definite), W graded over twelve orders of magnitude by the
 * Itakura–Saito weights w_i = 1/y_i² of targets spanning 10⁻³ … 10³. Every generator is seeded.
 */
public final class GradedProblems {

    /** The near-singular tri-diagonal kernel of the issue: α = 1 on the diagonal, β beside it. */
    public static final double TRIDIAGONAL_ALPHA = 1.0;
    /** β = −0.499: λ_min(K) = 1 − 0.998·cos(π/(n+1)), about 2.5e−3 for n = 101, cond(K) ≈ 800. */
    public static final double TRIDIAGONAL_BETA = -0.499;
    /** The order of the tri-diagonal example. */
    public static final int TRIDIAGONAL_ORDER = 101;
    /** The smallest and largest target. */
    public static final double LOW_TARGET = 1e-3;
    /** The largest target. */
    public static final double HIGH_TARGET = 1e3;
    /** Nodes 0 … this − 1 carry the small target in {@link #stepTargets}. */
    public static final int LOW_NODES = 10;

    private GradedProblems() {
    }

    /** @return the tri-diagonal Toeplitz stencil T(α = 1, β = −0.499) of order n */
    public static StencilMatrix tridiagonal(int n) {
        return ToeplitzSpectrum.matrix(n, TRIDIAGONAL_ALPHA, TRIDIAGONAL_BETA);
    }

    /**
     * The 3-hop graph kernel K = ((I + D^−½·A·D^−½)/2)³ of a ring of n ≥ 7 nodes, in CSR form.
     * On a ring D = 2I, so M = (I + D^−½AD^−½)/2 = I/2 + (P + Pᵀ)/4 with P the cyclic shift, and
     * M³ is the circulant with c_0 = 5/16, c_1 = 15/64, c_2 = 3/32, c_3 = 1/64 (expand
     * (I + (P + Pᵀ)/2)³/8), dyadic and so stored exactly. Its eigenvalues are
     * ((1 + cos(2πk/n))/2)³: for odd n the smallest is sin⁶(π/(2n)) &gt; 0 (n = 61: 2.9e−10, so
     * cond(K) ≈ 3.4e9); for even n it is 0.
     *
     * @param n the number of nodes, ≥ 7
     * @return K, both triangles stored, columns ascending
     */
    public static SparseMatrix ring3Hop(int n) {
        if (n < 7) {
            throw new IllegalArgumentException("the 3-hop ring kernel needs n >= 7 (distinct neighbourhoods), got " + n);
        }
        double[] c = {5.0 / 16, 15.0 / 64, 3.0 / 32, 1.0 / 64};
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int k = -3; k <= 3; k++) {
                // K(i, i ± k mod n) = c_|k|
                a[i][Math.floorMod(i + k, n)] = c[Math.abs(k)];
            }
        }
        return Storage.sparse(a);
    }

    /** @return y_i = 10⁻³ on nodes 0 … 9 and 10³ elsewhere */
    public static double[] stepTargets(int n) {
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = i < LOW_NODES ? LOW_TARGET : HIGH_TARGET;
        }
        return y;
    }

    /** @return y_i = 10^(−3 + 6·u_i), u_i uniform on [0, 1) from {@code new Random(seed)}: log-uniform on [10⁻³, 10³) */
    public static double[] logUniformTargets(int n, long seed) {
        Random random = new Random(seed);
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = Math.pow(10.0, Math.log10(LOW_TARGET) + Math.log10(HIGH_TARGET / LOW_TARGET) * random.nextDouble());
        }
        return y;
    }

    /** @return y_i = exp(σ·g_i), g_i standard normal from {@code new Random(seed)}: log-normal targets */
    public static double[] logNormalTargets(int n, double sigma, long seed) {
        Random random = new Random(seed);
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = Math.exp(sigma * random.nextGaussian());
        }
        return y;
    }

    /** @return the Itakura–Saito curvatures w_i = 1/y_i² */
    public static double[] isWeights(double[] targets) {
        double[] w = new double[targets.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = 1.0 / (targets[i] * targets[i]);
        }
        return w;
    }
}
