package org.conelab.analyzer.propagator.fit;

import java.util.function.DoubleUnaryOperator;

/**
 * One-dimensional minimisation on an interval: a scan of {@code scan} equally spaced points
 * picks the best bracket (so that a function with several local minima is not trapped in the
 * first), then golden-section search (Kiefer 1953; Press et al., <i>Numerical Recipes</i>, §10.2)
 * shrinks it by 0.618 per evaluation to the tolerance.
 */
final class Golden {

    private static final double RATIO = (Math.sqrt(5) - 1) / 2;

    private Golden() {
    }

    /**
     * @param f the function
     * @param low the interval's low end
     * @param high its high end, &gt; low
     * @param scan the scan points, ≥ 3
     * @param tolerance the bracket width to stop at
     * @return the argument of the least value found
     */
    static double minimise(DoubleUnaryOperator f, double low, double high, int scan, double tolerance) {
        double step = (high - low) / (scan - 1);
        int best = 0;
        double bestValue = Double.POSITIVE_INFINITY;
        for (int i = 0; i < scan; i++) {
            double value = f.applyAsDouble(low + i * step);
            if (value < bestValue) {
                bestValue = value;
                best = i;
            }
        }
        double a = low + Math.max(best - 1, 0) * step;
        double b = low + Math.min(best + 1, scan - 1) * step;
        double c = b - RATIO * (b - a);
        double d = a + RATIO * (b - a);
        double fc = f.applyAsDouble(c);
        double fd = f.applyAsDouble(d);
        while (b - a > tolerance) {
            if (fc < fd) {
                // the minimum is in [a, d]
                b = d;
                d = c;
                fd = fc;
                c = b - RATIO * (b - a);
                fc = f.applyAsDouble(c);
            } else {
                a = c;
                c = d;
                fc = fd;
                d = a + RATIO * (b - a);
                fd = f.applyAsDouble(d);
            }
        }
        double middle = (a + b) / 2;
        double fm = f.applyAsDouble(middle);
        return fm <= bestValue ? middle : low + best * step;
    }
}
