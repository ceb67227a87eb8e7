package org.conelab.analyzer.propagator.fit;

import org.conelab.analyzer.propagator.field.BoxImages;
import org.conelab.analyzer.propagator.field.FreePropagator;

/**
 * Fits the massive d-dimensional form G ≈ A·F_ℓ(x) to a computed profile: F_ℓ is the free
 * shape f_d(|x|/ℓ) of {@link FreePropagator} — or, in a Dirichlet box, its image sum
 * Σ_k (−1)^{|k|₁} f_d(|x − 2Lk|/ℓ) ({@link BoxImages}), so that the walls do not bias ℓ. The
 * correlation length ℓ is the one nonlinear parameter: least squares on ln G, minimised over
 * ln ℓ by scan and golden section ({@link Golden}); for each ℓ the best ln A is the mean of
 * ln G − ln F_ℓ. The reported {@code rms} is that of the relative residuals A·F/G − 1.
 *
 * @param length ℓ
 * @param amplitude A
 * @param rms root mean square of the relative residuals
 * @param points the number of points fitted
 */
public record MassiveFit(double length, double amplitude, double rms, int points) {

    /** Images farther than this many ℓ are left out: f_d(25) &lt; 2e-11·f_d(0 …). */
    static final double IMAGE_REACH = 25;
    /** The most images per axis and side used in a fit (ℓ far beyond the box needs more, and is not resolved anyway). */
    public static final int MAX_IMAGES = 6;
    private static final int SCAN = 32;
    private static final double LOG_TOLERANCE = 1e-7;

    /**
     * @param dimension d
     * @param x the points, each of length d, none at the origin when d ≥ 2
     * @param g the profile there, all &gt; 0
     * @param walls the Dirichlet box the profile was computed in, or null for free space
     * @param lowLength the least ℓ tried, &gt; 0
     * @param highLength the largest ℓ tried
     * @return the fit
     */
    public static MassiveFit of(int dimension, double[][] x, double[] g, BoxImages walls, double lowLength, double highLength) {
        int n = g.length;
        double[] shape = new double[n];
        double logLength = Golden.minimise(t -> cost(dimension, x, g, walls, Math.exp(t), shape), Math.log(lowLength),
                Math.log(highLength), SCAN, LOG_TOLERANCE);
        double length = Math.exp(logLength);
        double logAmplitude = logAmplitude(dimension, x, g, walls, length, shape);
        double amplitude = Math.exp(logAmplitude);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double r = amplitude * shape[i] / g[i] - 1;
            sum += r * r;
        }
        return new MassiveFit(length, amplitude, Math.sqrt(sum / n), n);
    }

    /** @return F_ℓ at x, with the walls' images when there are walls */
    static double model(int dimension, double[] x, BoxImages walls, double length) {
        if (walls == null) {
            double r2 = 0;
            for (double c : x) {
                r2 += c * c;
            }
            return FreePropagator.shape(dimension, Math.sqrt(r2) / length);
        }
        return walls.sum(x, r -> FreePropagator.shape(dimension, r / length), IMAGE_REACH * length);
    }

    private static double cost(int dimension, double[][] x, double[] g, BoxImages walls, double length, double[] shape) {
        double mean = logAmplitude(dimension, x, g, walls, length, shape);
        if (Double.isNaN(mean)) {
            return Double.POSITIVE_INFINITY;
        }
        double sum = 0;
        for (int i = 0; i < g.length; i++) {
            double r = Math.log(g[i]) - Math.log(shape[i]) - mean;
            sum += r * r;
        }
        return sum;
    }

    /** Fills shape with F_ℓ and returns the best ln A, or NaN when F_ℓ is not positive at every point. */
    private static double logAmplitude(int dimension, double[][] x, double[] g, BoxImages walls, double length, double[] shape) {
        double mean = 0;
        for (int i = 0; i < g.length; i++) {
            shape[i] = model(dimension, x[i], walls, length);
            if (!(shape[i] > 0) || Double.isInfinite(shape[i])) {
                return Double.NaN;
            }
            mean += Math.log(g[i]) - Math.log(shape[i]);
        }
        return mean / g.length;
    }
}
