package org.conelab.analyzer.training;

import org.conelab.api.matrix.SymmetricMatrix;
import org.conelab.numeric.AbsoluteProduct;

/**
 * How far rounding alone can move the W-norm of an error under the computed step
 * e ← (I − ηKW)e: the relative slack that a measured growth must exceed before it counts.
 *
 * <p>A row of K·(w∘e) sums at most m products, so the computed step has an error
 * |δ| ≤ γ_{m+2}·(|e| + η|K|(w∘|e|)) entry by entry, γ_k = kε/(1 − kε) (Higham, <i>Accuracy and
 * Stability of Numerical Algorithms</i>, §3.5), for any order of summation. In the W-norm,
 * W^½|I − ηKW|W^−½ = |I − ηS| with S = W^½KW^½, and ‖|S|‖₂ ≤ G = max_i Σ_j √w_i|K_ij|√w_j (|S| is
 * symmetric and non-negative), so one step moves ‖e‖_W by at most γ_{m+2}(1 + ηG)‖e‖_W. A norm
 * itself is computed to (n + 2)ε relative. Both are multiplied by {@value #SAFETY}.
 *
 * @param perStep the relative slack of one step
 * @param perNorm the relative slack of one computed norm
 */
record RoundingSlack(double perStep, double perNorm) {

    /** Safety factor on the rounding bounds. */
    static final double SAFETY = 4;
    private static final double EPS = Math.ulp(1.0) / 2;

    /**
     * @param kernel K
     * @param weights w
     * @param eta η
     * @return the slack for these dynamics
     */
    static RoundingSlack of(SymmetricMatrix kernel, double[] weights, double eta) {
        return model(kernel, weights).at(eta);
    }

    /**
     * @param kernel K
     * @param weights w
     * @return the part of the slack that does not depend on η: m, n and G
     */
    static Model model(SymmetricMatrix kernel, double[] weights) {
        int n = kernel.size();
        double[] root = Norms.sqrt(weights);
        double[] product = AbsoluteProduct.times(kernel, root);
        double g = 0;
        for (int i = 0; i < n; i++) {
            // G = max_i √w_i (|K| √w)_i
            g = Math.max(g, root[i] * product[i]);
        }
        return new Model(AbsoluteProduct.maxRowTerms(kernel) + 2.0, n, g);
    }

    /**
     * @param terms m + 2, the rounded operations per entry of a step
     * @param n the order
     * @param g G = max_i Σ_j √w_i|K_ij|√w_j ≥ ‖|S|‖₂
     */
    record Model(double terms, int n, double g) {

        /** @return the slack of the step with this η */
        RoundingSlack at(double eta) {
            return new RoundingSlack(SAFETY * gamma(terms) * (1 + Math.abs(eta) * g), SAFETY * gamma(n + 2.0));
        }
    }

    /** @return the relative slack of a ratio of two norms {@code steps} apart: both norms and every step */
    double over(long steps) {
        return perStep * steps + 2 * perNorm;
    }

    /** @return log₂(1 + {@link #over}) */
    double log2Over(long steps) {
        return Math.log1p(over(steps)) / Math.log(2);
    }

    private static double gamma(double k) {
        return k * EPS / (1 - Math.min(0.5, k * EPS));
    }
}
