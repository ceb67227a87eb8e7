package org.conelab.benchmarks;

/** Fails a benchmark's set-up loudly when the methods it compares do not compute the same thing. */
final class Agreement {

    private Agreement() {
    }

    /**
     * @throws IllegalStateException when max |a − b| &gt; tolerance · max |b|
     */
    static void require(String what, double[] a, double[] b, double tolerance) {
        double error = relative(a, b);
        if (!(error <= tolerance)) {
            throw new IllegalStateException(what + ": results differ by " + error + " relative, more than " + tolerance);
        }
        System.out.printf("# agreement %s: %.2e relative (limit %.0e)%n", what, error, tolerance);
    }

    /** @return max |a − b| / max |b| */
    static double relative(double[] a, double[] b) {
        if (a.length != b.length) {
            return Double.POSITIVE_INFINITY;
        }
        double diff = 0;
        double scale = Double.MIN_NORMAL;
        for (int i = 0; i < a.length; i++) {
            diff = Math.max(diff, Math.abs(a[i] - b[i]));
            scale = Math.max(scale, Math.abs(b[i]));
        }
        return diff / scale;
    }
}
