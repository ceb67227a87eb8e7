package org.conelab.testsupport;

/** Distances between two vectors, in the max norm, for agreement checks against a reference. */
public final class Agreement {

    private Agreement() {
    }

    /**
     * @param actual the computed vector
     * @param reference the reference vector, the scale of the comparison
     * @return max_i |a_i − b_i| / max(max_i |b_i|, {@link Double#MIN_NORMAL}), or +∞ when the
     *     lengths differ
     */
    public static double relativeError(double[] actual, double[] reference) {
        if (actual.length != reference.length) {
            return Double.POSITIVE_INFINITY;
        }
        return maxDifference(actual, reference) / Math.max(maxNorm(reference), Double.MIN_NORMAL);
    }

    /** @return max_i |x_i − y_i| over the common length n of x and y */
    public static double maxDifference(double[] x, double[] y) {
        double max = 0;
        for (int i = 0; i < x.length; i++) {
            max = Math.max(max, Math.abs(x[i] - y[i]));
        }
        return max;
    }

    /** @return ‖x‖∞ = max_i |x_i|, 0 for an empty x */
    public static double maxNorm(double[] x) {
        double max = 0;
        for (double value : x) {
            max = Math.max(max, Math.abs(value));
        }
        return max;
    }
}
