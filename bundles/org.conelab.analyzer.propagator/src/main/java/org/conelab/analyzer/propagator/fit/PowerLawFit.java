package org.conelab.analyzer.propagator.fit;

/**
 * Fits a power law with an offset, G ≈ A·b_p(r/r₀) + c, to a profile, with the Box–Cox family
 * b_p(s) = (s^{−p} − 1)/p, continued at p = 0 by its limit −ln s. One family holds every
 * massless shape: p = −1 is a straight line a − b·r (the 1-D massless propagator), p → 0 a
 * logarithm (2-D), p = 1 the Coulomb 1/r (3-D); the offset c takes the constant that a massless
 * propagator is defined up to (a zero mode, or the walls' harmonic correction). The exponent is
 * the nonlinear parameter, minimised over [{@value #LOW}, {@value #HIGH}] by scan and golden
 * section; for each p, A and c minimise the relative residuals Σ((A·b_p + c)/G − 1)², a 2×2
 * linear least-squares problem. r₀ is the first point (scaling r changes only A and c).
 *
 * <p>The offset makes the fit more favourable to a claimed power law, not less: a profile that
 * fails to show exponent p with it fails without it too. The plain log-log slope (no offset) is
 * reported beside it as {@code pureExponent}.
 *
 * @param exponent p
 * @param scale A
 * @param offset c
 * @param rms root mean square of the relative residuals
 * @param pureExponent −(slope of ln G against ln r), the exponent of G ∝ r^{−p} without offset
 * @param points the number of points fitted
 */
public record PowerLawFit(double exponent, double scale, double offset, double rms, double pureExponent, int points) {

    /** The least exponent tried. */
    static final double LOW = -3;
    /** The largest exponent tried. */
    static final double HIGH = 4;
    private static final int SCAN = 141;
    private static final double TOLERANCE = 1e-9;

    /**
     * @param r radii, ascending, &gt; 0, at least three
     * @param g the profile there, all &gt; 0
     * @return the fit
     */
    public static PowerLawFit of(double[] r, double[] g) {
        if (r.length < 3 || r.length != g.length) {
            throw new IllegalArgumentException("a power law with offset needs three or more points, got " + r.length);
        }
        double p = Golden.minimise(e -> solve(r, g, e)[2], LOW, HIGH, SCAN, TOLERANCE);
        double[] fit = solve(r, g, p);
        double pure = -LineFit.logLog(r, g).slope();
        return new PowerLawFit(p, fit[0], fit[1], Math.sqrt(fit[2] / r.length), pure, r.length);
    }

    /** @return b_p(s) = (s^{−p} − 1)/p, or −ln s at p = 0 (to first order in p near it) */
    static double boxCox(double s, double p) {
        double log = Math.log(s);
        if (Math.abs(p * log) < 1e-8) {
            // (e^{−p·ln s} − 1)/p = −ln s + p·ln²s/2 + …
            return -log + p * log * log / 2;
        }
        return Math.expm1(-p * log) / p;
    }

    /** @return {A, c, Σ residual²} of the best (A, c) for exponent p */
    private static double[] solve(double[] r, double[] g, double p) {
        // minimise ‖A·u + c·v − 1‖² with u = b_p/G, v = 1/G, by modified Gram–Schmidt on [v, u]
        // (better conditioned than the normal equations when b_p is nearly constant)
        int n = r.length;
        double[] u = new double[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            u[i] = boxCox(r[i] / r[0], p) / g[i];
            v[i] = 1 / g[i];
        }
        double vNorm = norm(v);
        for (int i = 0; i < n; i++) {
            // q₁ = v/‖v‖
            v[i] /= vNorm;
        }
        double r12 = dot(v, u);
        for (int i = 0; i < n; i++) {
            // u ← u − (q₁·u)·q₁
            u[i] -= r12 * v[i];
        }
        double uNorm = norm(u);
        if (!(uNorm > 1e-13 * Math.abs(r12))) {
            // b_p is (nearly) constant over the points: A and c are not separable
            return new double[] {Double.NaN, Double.NaN, Double.POSITIVE_INFINITY};
        }
        for (int i = 0; i < n; i++) {
            // q₂ = u/‖u‖
            u[i] /= uNorm;
        }
        double b1 = 0;
        double b2 = 0;
        for (int i = 0; i < n; i++) {
            b1 += v[i];
            b2 += u[i];
        }
        // R·(c, A) = Qᵀ·1 with R = [[‖v‖, r12], [0, ‖u‖]]
        double a = b2 / uNorm;
        double c = (b1 - r12 * a) / vNorm;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            // residual 1 − Q·Qᵀ·1
            double res = 1 - b1 * v[i] - b2 * u[i];
            sum += res * res;
        }
        return new double[] {a, c, sum};
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }
}
