package org.conelab.benchmarks;

/** Fails a benchmark's set-up loudly when the methods it compares do not compute the same thing. */
final class Agreement {

    private Agreement() {
    }

    /**
     * @throws IllegalStateException when max |a − b| &gt; tolerance · max |b|
     */
    static void require(String what, double[] a, double[] b, double tolerance) {
        double error = org.conelab.testsupport.Agreement.relativeError(a, b);
        if (!(error <= tolerance)) {
            throw new IllegalStateException(what + ": results differ by " + error + " relative, more than " + tolerance);
        }
        System.out.printf("# agreement %s: %.2e relative (limit %.0e)%n", what, error, tolerance);
    }
}
