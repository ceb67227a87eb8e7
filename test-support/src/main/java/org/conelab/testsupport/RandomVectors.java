package org.conelab.testsupport;

import java.util.Arrays;
import java.util.Random;

/** Seeded random vectors: the same seed gives the same vector on every run. */
public final class RandomVectors {

    private RandomVectors() {
    }

    /** @return n independent standard normal numbers from {@code new Random(seed)} */
    public static double[] gaussian(int n, long seed) {
        Random random = new Random(seed);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = random.nextGaussian();
        }
        return x;
    }

    /**
     * The IS curvatures of heteroscedastic targets: w_i = 1/y_i² for log-normal targets
     * y_i = exp(σ·g_i), g_i standard normal, so cond(W) grows like exp(2σ·max|g|).
     *
     * @return n positive weights
     */
    public static double[] isWeights(int n, double sigma, long seed) {
        Random random = new Random(seed);
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            double y = Math.exp(sigma * random.nextGaussian());
            w[i] = 1 / (y * y);
        }
        return w;
    }

    /** @return n ones: uniform weights W = I */
    public static double[] ones(int n) {
        double[] x = new double[n];
        Arrays.fill(x, 1.0);
        return x;
    }
}
