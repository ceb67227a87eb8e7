package org.conelab.solver.banded.core;

/**
 * Positive definiteness of S − x·I (or x·I − S) for a symmetric band matrix S of any
 * half-bandwidth R, decided by attempting a Cholesky factorisation. The factorisation of row i
 * needs only rows i − R … i − 1 of the factor, so it runs in a ring of (R + 1)² doubles: O(n·R²)
 * time and O(R²) memory per test. No O(n²) reduction is needed, so this serves large n.
 *
 * <p><b>Backward error.</b> Cholesky is backward stable: the decision is exact for
 * M + E with |E| ≤ γ_{R+1}·|L|·|Lᵀ|, so |E_ij| ≤ γ_{R+1}·√(M_ii·M_jj) (Demmel, Applied Numerical
 * Linear Algebra, §2.7.3). Against ‖S‖ that is at most {@value #BACKWARD_ULPS}·(R + 1)·ε·‖S‖
 * (M = ±(S − x·I), ‖M‖ ≤ 2‖S‖ on the Gershgorin interval). For S = W^½·K·W^½ and x ≥ 0 the
 * diagonal M_ii = w_i·K_ii − x ≤ w_i·K_ii, so E = W^½·ΔK·W^½ with |ΔK_ij| ≤ γ_{R+1}·√(K_ii·K_jj),
 * ‖ΔK‖ ≤ γ_{R+1}·(2R + 1)·max K_ii, plus the roundings of the entries √w_i·K_ij·√w_j: within
 * {@value #BACKWARD_ULPS}·(R + 1)·(2R + 1)·ε·‖|K|‖, whatever the weights.
 */
public final class CholeskyDefiniteness implements Inertia {

    /** The backward error of a band Cholesky, in units of (R + 1)·ε·‖S‖ (absolute) or (R + 1)(2R + 1)·ε·‖|K|‖. */
    static final double BACKWARD_ULPS = 4.0;

    private final SimilarBand matrix;
    private final int width;
    private final double[] ring;

    /** @param matrix S */
    public CholeskyDefiniteness(SimilarBand matrix) {
        this.matrix = matrix;
        this.width = matrix.bandwidth() + 1;
        this.ring = new double[width * width];
    }

    @Override
    public boolean allAbove(double x) {
        return positiveDefinite(x, 1.0);
    }

    @Override
    public boolean allBelow(double x) {
        return positiveDefinite(x, -1.0);
    }

    @Override
    public double absoluteBackward(double norm) {
        return BACKWARD_ULPS * width * Math.ulp(1.0) * norm;
    }

    @Override
    public double relativeBackwardUlps() {
        return BACKWARD_ULPS * width * (2.0 * width - 1);
    }

    /**
     * @param shift x
     * @param sign +1 to test S − x·I, −1 to test x·I − S
     * @return whether the Cholesky factorisation of sign·(S − x·I) succeeds
     */
    public boolean positiveDefinite(double shift, double sign) {
        int n = matrix.size();
        int r = width - 1;
        for (int i = 0; i < n; i++) {
            int start = Math.max(0, i - r);
            int rowI = (i % width) * width;
            for (int j = start; j <= i; j++) {
                int rowJ = (j % width) * width;
                // s = M(i, j) − Σ_m L(i, m)·L(j, m), L(i, m) at ring[row(i) + i − m]
                double s = sign * (matrix.upper(j, i - j) - (i == j ? shift : 0.0));
                for (int m = start; m < j; m++) {
                    s -= ring[rowI + i - m] * ring[rowJ + j - m];
                }
                if (j < i) {
                    ring[rowI + i - j] = s / ring[rowJ];
                } else if (s > 0) {
                    ring[rowI] = Math.sqrt(s);
                } else {
                    return false;
                }
            }
        }
        return true;
    }
}
