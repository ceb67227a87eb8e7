package org.conelab.analyzer.propagator.fit;

/**
 * The least-squares line y ≈ a + b·x through n ≥ 2 points, with the standard error of the
 * slope s_b = √(Σr²/(n − 2) / Σ(x − x̄)²) (NaN for n = 2, where the line is exact), computed
 * about the means for accuracy.
 *
 * @param intercept a
 * @param slope b
 * @param slopeError s_b
 * @param points n
 */
public record LineFit(double intercept, double slope, double slopeError, int points) {

    /**
     * @param x abscissae, at least two distinct
     * @param y ordinates, as many
     * @return the fit
     * @throws IllegalArgumentException for fewer than two points, different lengths or equal abscissae
     */
    public static LineFit of(double[] x, double[] y) {
        int n = x.length;
        if (n != y.length || n < 2) {
            throw new IllegalArgumentException("a line needs two or more (x, y) pairs, got " + x.length + " and " + y.length);
        }
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= n;
        my /= n;
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < n; i++) {
            sxx += (x[i] - mx) * (x[i] - mx);
            sxy += (x[i] - mx) * (y[i] - my);
        }
        if (!(sxx > 0)) {
            throw new IllegalArgumentException("a line needs two distinct abscissae");
        }
        double slope = sxy / sxx;
        double intercept = my - slope * mx;
        double rss = 0;
        for (int i = 0; i < n; i++) {
            double r = y[i] - intercept - slope * x[i];
            rss += r * r;
        }
        double error = n > 2 ? Math.sqrt(rss / (n - 2) / sxx) : Double.NaN;
        return new LineFit(intercept, slope, error, n);
    }

    /** @return the slope of ln y against ln x: the exponent p of y ∝ x^p */
    public static LineFit logLog(double[] x, double[] y) {
        double[] lx = new double[x.length];
        double[] ly = new double[y.length];
        for (int i = 0; i < x.length; i++) {
            lx[i] = Math.log(x[i]);
        }
        for (int i = 0; i < y.length; i++) {
            ly[i] = Math.log(y[i]);
        }
        return of(lx, ly);
    }
}
