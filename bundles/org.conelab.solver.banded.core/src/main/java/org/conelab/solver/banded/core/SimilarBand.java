package org.conelab.solver.banded.core;

/**
 * The band of S = W^½·K·W^½, S(i, j) = √w_i·K(i, j)·√w_j: symmetric, with the half-bandwidth R
 * of K, and similar to A = K·W (A = W^−½·S·W^½), so it has the same eigenvalues. Entries are
 * formed on demand from K and √w; nothing of size n·R is stored.
 */
public final class SimilarBand {

    private final Band kernel;
    private final double[] root;

    /**
     * @param kernel K
     * @param weights w, length n, all &gt; 0 (checked by the caller)
     */
    public SimilarBand(Band kernel, double[] weights) {
        this.kernel = kernel;
        this.root = new double[weights.length];
        for (int i = 0; i < weights.length; i++) {
            root[i] = Math.sqrt(weights[i]);
        }
    }

    /** @return n */
    public int size() {
        return kernel.size();
    }

    /** @return R */
    public int bandwidth() {
        return kernel.bandwidth();
    }

    /** @return S(i, i + k) = √w_i·K(i, i + k)·√w_{i+k} */
    public double upper(int i, int k) {
        return root[i] * kernel.upper(i, k) * root[i + k];
    }

    /** @return the diagonal S(i, i) */
    public double[] diagonal() {
        double[] d = new double[size()];
        for (int i = 0; i < d.length; i++) {
            d[i] = upper(i, 0);
        }
        return d;
    }

    /** @return the first off-diagonal S(i, i + 1), i = 0 … n − 2 (zeros when R = 0) */
    public double[] offDiagonal() {
        double[] e = new double[Math.max(size() - 1, 0)];
        if (bandwidth() >= 1) {
            for (int i = 0; i < e.length; i++) {
                e[i] = upper(i, 1);
            }
        }
        return e;
    }

    /** @return ‖|S|‖_∞ = max_i Σ_j |S(i, j)|, a bound on ‖|S|‖₂ */
    public double absoluteRowSum() {
        double[] g = radii();
        double max = 0.0;
        for (int i = 0; i < size(); i++) {
            max = Math.max(max, Math.abs(upper(i, 0)) + g[i]);
        }
        return max;
    }

    /**
     * @return the Gershgorin interval {lower, upper} that holds every eigenvalue:
     *     S(i, i) ∓ Σ_{j ≠ i} |S(i, j)|
     */
    public double[] gershgorin() {
        int n = size();
        double[] radius = radii();
        double lower = Double.POSITIVE_INFINITY;
        double upper = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double s = upper(i, 0);
            lower = Math.min(lower, s - radius[i]);
            upper = Math.max(upper, s + radius[i]);
        }
        return new double[] {lower, upper};
    }

    /** @return the Gershgorin radii Σ_{j ≠ i} |S(i, j)| */
    private double[] radii() {
        int n = size();
        int r = bandwidth();
        double[] radius = new double[n];
        for (int i = 0; i < n; i++) {
            int last = Math.min(r, n - 1 - i);
            for (int k = 1; k <= last; k++) {
                // S(i, i+k) counts in rows i and i + k
                double a = Math.abs(upper(i, k));
                radius[i] += a;
                radius[i + k] += a;
            }
        }
        return radius;
    }
}
