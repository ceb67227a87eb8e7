package org.conelab.pipeline;

/** Formats numbers for CSV and text reports. */
final class Numbers {

    private static final double LARGEST_EXACT_INTEGER = 1e15;

    private Numbers() {
    }

    /**
     * @return integers without a fraction ({@code 1}), other finite values in Java's shortest
     *     round-trip form, the empty string for NaN, {@code inf}/{@code -inf} for infinities
     */
    static String format(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        if (value == Math.rint(value) && Math.abs(value) < LARGEST_EXACT_INTEGER) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }

    /** @return a compact form with about six significant digits, for people */
    static String brief(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)
                || (value == Math.rint(value) && Math.abs(value) < LARGEST_EXACT_INTEGER)) {
            return format(value);
        }
        return String.format(java.util.Locale.ROOT, "%.6g", value);
    }
}
