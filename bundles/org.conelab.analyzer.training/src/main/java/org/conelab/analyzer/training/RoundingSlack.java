package org.conelab.analyzer.training;

import org.conelab.api.matrix.BandedMatrix;
import org.conelab.api.matrix.DenseMatrix;
import org.conelab.api.matrix.SparseMatrix;
import org.conelab.api.matrix.StencilMatrix;
import org.conelab.api.matrix.SymmetricMatrix;

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
        double[] product = absoluteTimes(kernel, root);
        double g = 0;
        for (int i = 0; i < n; i++) {
            // G = max_i √w_i (|K| √w)_i
            g = Math.max(g, root[i] * product[i]);
        }
        return new Model(maxRowTerms(kernel) + 2.0, n, g);
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

    /** @return |K|·v, read from the storage without copying it */
    static double[] absoluteTimes(SymmetricMatrix kernel, double[] v) {
        int n = kernel.size();
        double[] y = new double[n];
        if (kernel instanceof StencilMatrix s) {
            double[] c = s.coefficients();
            int r = s.halfBandwidth();
            for (int i = 0; i < n; i++) {
                double sum = Math.abs(c[0]) * v[i];
                for (int k = 1; k <= r; k++) {
                    double a = Math.abs(c[k]);
                    sum += (i - k >= 0 ? a * v[i - k] : 0) + (i + k < n ? a * v[i + k] : 0);
                }
                y[i] = sum;
            }
        } else if (kernel instanceof BandedMatrix b) {
            double[][] d = b.diagonals();
            for (int i = 0; i < n; i++) {
                double sum = Math.abs(d[0][i]) * v[i];
                for (int k = 1; k < d.length; k++) {
                    sum += (i - k >= 0 ? Math.abs(d[k][i - k]) * v[i - k] : 0) + (i + k < n ? Math.abs(d[k][i]) * v[i + k] : 0);
                }
                y[i] = sum;
            }
        } else if (kernel instanceof SparseMatrix s) {
            int[] start = s.rowStart();
            int[] columns = s.columns();
            double[] values = s.values();
            for (int i = 0; i < n; i++) {
                double sum = 0;
                for (int p = start[i]; p < start[i + 1]; p++) {
                    sum += Math.abs(values[p]) * v[columns[p]];
                }
                y[i] = sum;
            }
        } else if (kernel instanceof DenseMatrix d) {
            double[] values = d.values();
            for (int i = 0; i < n; i++) {
                double sum = 0;
                for (int j = 0; j < n; j++) {
                    sum += Math.abs(values[i * n + j]) * v[j];
                }
                y[i] = sum;
            }
        } else {
            throw new IllegalArgumentException("unknown matrix storage " + kernel.getClass().getName());
        }
        return y;
    }

    /** @return the largest number of stored entries in a row, m */
    static int maxRowTerms(SymmetricMatrix kernel) {
        int n = kernel.size();
        if (kernel instanceof SparseMatrix s) {
            int m = 0;
            for (int i = 0; i < n; i++) {
                m = Math.max(m, s.rowStart()[i + 1] - s.rowStart()[i]);
            }
            return m;
        }
        if (kernel instanceof DenseMatrix) {
            return n;
        }
        return (int) Math.min(n, 2L * kernel.halfBandwidth() + 1);
    }
}
