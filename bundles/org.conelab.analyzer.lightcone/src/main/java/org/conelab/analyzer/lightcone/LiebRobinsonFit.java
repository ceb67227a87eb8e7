package org.conelab.analyzer.lightcone;

import java.util.Locale;

/**
 * A Lieb–Robinson bound |X_t(i, j)| ≤ C·exp(−(d(i, j) − v·t)/ξ) (paper §12) fitted jointly in C,
 * ξ and v by least squares on the logarithm: ln|X_t(i, j)| ≈ a + b·t − c·d with a = ln C,
 * b = v/ξ, c = 1/ξ, linear in (a, b, c), over samples (t, d, ln|X|) such as those of a
 * {@link ConeTail}.
 *
 * <p>Standard errors are those of ordinary least squares: Cov(a, b, c) = s²·(XᵀX)⁻¹ with
 * X = [1, t, −d] and s² = Σ r²/(N − 3) the residual variance; ξ = 1/c, v = b/c and C = e^a
 * carry them by the delta method, σ_ξ = σ_c/c², σ_v² = (σ_b² − 2v·σ_bc + v²·σ_c²)/c². They
 * assume independent residuals: where the residual spread {@link #rms} is large against what
 * the model explains the misfit is systematic (the entries are not a plane in (t, d)), and the
 * errors understate the uncertainty of the constants; compare fits over different steps.
 *
 * <p>The least-squares plane describes typical magnitudes, not a bound: with the fitted ξ and v,
 * the smallest C that bounds every sample is {@link #logCBound} = a + max residual.
 *
 * <p>No fit (every constant NaN, {@link #failure} says why) with fewer than {@value #MIN_SAMPLES}
 * samples, with samples that do not vary in both t and d independently, or with c ≤ 0 (the
 * samples do not decay with distance, so there is no ξ).
 */
final class LiebRobinsonFit {

    /** Fewest samples: three parameters and one degree of freedom for the residual variance. */
    static final int MIN_SAMPLES = 4;

    /** Largest squared correlation of t and d over the samples accepted (1 − this: degenerate). */
    static final double DEGENERACY = 1e-12;

    private final int samples;
    private final double a;
    private final double b;
    private final double c;
    private final double varA;
    private final double varB;
    private final double varC;
    private final double covBC;
    private final double rms;
    private final double r2;
    private final double maxResidual;
    private final String failure;

    private LiebRobinsonFit(int samples, double[] coefficients, double[] covariances, double[] spread, String failure) {
        this.samples = samples;
        this.a = coefficients[0];
        this.b = coefficients[1];
        this.c = coefficients[2];
        this.varA = covariances[0];
        this.varB = covariances[1];
        this.varC = covariances[2];
        this.covBC = covariances[3];
        this.rms = spread[0];
        this.r2 = spread[1];
        this.maxResidual = spread[2];
        this.failure = failure;
    }

    private static LiebRobinsonFit failed(int samples, String why) {
        double[] nan = {Double.NaN, Double.NaN, Double.NaN, Double.NaN};
        return new LiebRobinsonFit(samples, nan, nan, nan, why);
    }

    /** @return the fit on the samples of a cone tail */
    static LiebRobinsonFit of(ConeTail tail) {
        return of(tail.step(), tail.distance(), tail.logAbs());
    }

    /**
     * @param t the step of each sample
     * @param d the distance of each sample
     * @param y ln|X_t(i, j)| of each sample, finite
     * @return the least-squares fit of y ≈ a + b·t − c·d, or a failed fit
     */
    static LiebRobinsonFit of(int[] t, int[] d, double[] y) {
        int m = y.length;
        if (t.length != m || d.length != m) {
            throw new IllegalArgumentException("samples of unequal lengths: " + t.length + ", " + d.length + ", " + m);
        }
        if (m < MIN_SAMPLES) {
            return failed(m, String.format(Locale.ROOT, "no fit: %d samples outside the cone, %d needed", m, MIN_SAMPLES));
        }
        double meanT = 0;
        double meanD = 0;
        double meanY = 0;
        for (int k = 0; k < m; k++) {
            meanT += (t[k] - meanT) / (k + 1);
            meanD += (d[k] - meanD) / (k + 1);
            meanY += (y[k] - meanY) / (k + 1);
        }
        // centred sums: u = t − t̄, w = d − d̄, z = y − ȳ
        double suu = 0;
        double sww = 0;
        double suw = 0;
        double suz = 0;
        double swz = 0;
        double szz = 0;
        for (int k = 0; k < m; k++) {
            double u = t[k] - meanT;
            double w = d[k] - meanD;
            double z = y[k] - meanY;
            suu += u * u;
            sww += w * w;
            suw += u * w;
            suz += u * z;
            swz += w * z;
            szz += z * z;
        }
        double det = suu * sww - suw * suw;
        if (!(suu > 0 && sww > 0 && det > DEGENERACY * suu * sww)) {
            return failed(m, "no fit: the samples outside the cone do not vary in t and d independently");
        }
        // normal equations for z ≈ b·u − c·w: [suu −suw; −suw sww]·(b, c) = (suz, −swz)
        double b = (sww * suz - suw * swz) / det;
        double c = (suw * suz - suu * swz) / det;
        double a = meanY - b * meanT + c * meanD;
        double ss = 0;
        double maxResidual = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < m; k++) {
            // r = y − (a + b·t − c·d)
            double r = y[k] - (a + b * t[k] - c * d[k]);
            ss += r * r;
            maxResidual = Math.max(maxResidual, r);
        }
        double s2 = ss / (m - 3);
        if (!(c > 0)) {
            return failed(m, String.format(Locale.ROOT, "no fit: no decay outside the cone (1/ξ = %.3g ≤ 0)", c));
        }
        // Cov(b, c) = s²·[sww suw; suw suu]/det; a = ȳ − b·t̄ + c·d̄ with ȳ uncorrelated with (b, c)
        double varB = s2 * sww / det;
        double varC = s2 * suu / det;
        double covBC = s2 * suw / det;
        double varA = s2 / m + meanT * meanT * varB + meanD * meanD * varC - 2 * meanT * meanD * covBC;
        double r2 = szz > 0 ? 1 - ss / szz : Double.NaN;
        return new LiebRobinsonFit(m, new double[] {a, b, c}, new double[] {varA, varB, varC, covBC},
                new double[] {Math.sqrt(s2), r2, maxResidual}, "");
    }

    /** @return whether the fit succeeded; otherwise every constant is NaN */
    boolean fitted() {
        return failure.isEmpty();
    }

    /** @return why there is no fit, or the empty string */
    String failure() {
        return failure;
    }

    /** @return N, the number of samples */
    int samples() {
        return samples;
    }

    /** @return a = ln C */
    double logC() {
        return a;
    }

    /** @return σ_a */
    double logCStderr() {
        return Math.sqrt(varA);
    }

    /** @return ξ = 1/c */
    double xi() {
        return 1 / c;
    }

    /** @return σ_ξ = σ_c/c² */
    double xiStderr() {
        return Math.sqrt(varC) / (c * c);
    }

    /** @return v = b/c, in distance per step; negative when the tail recedes */
    double velocity() {
        return b / c;
    }

    /** @return σ_v = √(σ_b² − 2v·σ_bc + v²·σ_c²)/c */
    double velocityStderr() {
        double v = velocity();
        return Math.sqrt(Math.max(0, varB - 2 * v * covBC + v * v * varC)) / c;
    }

    /** @return the residual standard deviation s = √(Σ r²/(N − 3)), in units of ln|X| */
    double rms() {
        return rms;
    }

    /** @return R² = 1 − Σ r²/Σ (y − ȳ)² */
    double r2() {
        return r2;
    }

    /** @return a + max residual: ln of the smallest C for which the fitted ξ and v bound every sample */
    double logCBound() {
        return a + maxResidual;
    }

    /**
     * @param epsilon the level ε &gt; 0
     * @return the offset ξ·(ln C − ln ε) of the fitted bound's ε-contour d = offset + v·t
     */
    double contourOffset(double epsilon) {
        return (a - Math.log(epsilon)) / c;
    }
}
