package org.conelab.analyzer.training;

/**
 * Vector norms as base-2 logarithms, computed without overflow or underflow whatever the
 * magnitude of the entries (the scaled sum of LAPACK's {@code dnrm2}): with m = max_i |a_i x_i|,
 * ‖a∘x‖₂ = m·(Σ (a_i x_i / m)²)^½, the division by m done exactly as a power-of-two scaling.
 *
 * <p>The W-norm of an error is ‖e‖_W = (Σ w_i e_i²)^½ = ‖W^½e‖₂, with a = √w; the 2-norm takes
 * a = 1 ({@code null}).
 */
final class Norms {

    private Norms() {
    }

    /**
     * @param scale weights a (√w for the W-norm), or {@code null} for the plain 2-norm
     * @param x the vector
     * @return log₂ ‖a∘x‖₂: −∞ for the zero vector, NaN when an entry is not finite
     */
    static double log2(double[] scale, double[] x) {
        return log2Difference(scale, 1.0, x, null);
    }

    /**
     * @param scale weights a, or {@code null}
     * @param c the factor of x
     * @param x the first vector
     * @param y the vector subtracted, or {@code null} for none
     * @return log₂ ‖a∘(c·x − y)‖₂: −∞ for the zero vector, NaN when an entry is not finite
     */
    static double log2Difference(double[] scale, double c, double[] x, double[] y) {
        double max = 0;
        for (int i = 0; i < x.length; i++) {
            double v = Math.abs(entry(scale, c, x, y, i));
            if (!(v <= Double.MAX_VALUE)) {
                return Double.NaN;
            }
            max = Math.max(max, v);
        }
        if (max == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        int exponent = Math.getExponent(max);
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            // v = (a_i (c x_i − y_i)) / 2^exponent, exact
            double v = Math.scalb(entry(scale, c, x, y, i), -exponent);
            sum += v * v;
        }
        return exponent + 0.5 * Math.log(sum) / Math.log(2);
    }

    /** @return the largest |a_i x_i|, or NaN when one is not finite */
    static double maxAbs(double[] scale, double[] x) {
        double max = 0;
        for (int i = 0; i < x.length; i++) {
            double v = Math.abs(scale == null ? x[i] : scale[i] * x[i]);
            if (!(v <= Double.MAX_VALUE)) {
                return Double.NaN;
            }
            max = Math.max(max, v);
        }
        return max;
    }

    /** @return 1/s_i with s_i = |y_i|, or 1 where y_i = 0: the scale of a relative error */
    static double[] inverseScale(double[] y) {
        double[] inverse = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            inverse[i] = y[i] == 0 ? 1 : 1 / Math.abs(y[i]);
        }
        return inverse;
    }

    /** @return log₂ max_i |a_i x_i|: −∞ for the zero vector, NaN when an entry is not finite */
    static double log2Max(double[] scale, double[] x) {
        double max = maxAbs(scale, x);
        return Math.log(max) / Math.log(2);
    }

    /** @return √w, entry by entry */
    static double[] sqrt(double[] w) {
        double[] root = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            root[i] = Math.sqrt(w[i]);
        }
        return root;
    }

    /** @return log₁₀ of 2^log2, for tables and charts */
    static double log10(double log2) {
        return log2 * LOG10_2;
    }

    static final double LOG10_2 = Math.log10(2);

    private static double entry(double[] scale, double c, double[] x, double[] y, int i) {
        double v = c * x[i] - (y == null ? 0 : y[i]);
        return scale == null ? v : scale[i] * v;
    }
}
