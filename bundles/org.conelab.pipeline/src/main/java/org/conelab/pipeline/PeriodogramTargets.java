package org.conelab.pipeline;

import java.util.List;
import java.util.SplittableRandom;
import org.conelab.api.InvalidInputException;
import org.conelab.api.ParameterSpec;
import org.conelab.api.Parameters;
import org.conelab.api.targets.TargetGenerator;

/**
 * Targets that are the periodogram of a simulated AR(1) process, the setting in which the
 * Itakura–Saito divergence is the natural (Whittle) likelihood.
 *
 * <p>Simulates x_t = φ·x_{t−1} + σ·z_t (z standard normal, started from the stationary law,
 * m = the smallest power of two ≥ 2n samples) and returns
 * I(ω_k) = |Σ_t x_t e^{−iω_k t}|² / m at ω_k = 2πk/m, k = 1 … n. Each I(ω_k) scatters
 * around the spectral density S(ω) = σ²/|1 − φe^{−iω}|² by an exponential factor, so the
 * targets are positive with a heteroscedastic spread across frequencies.
 */
final class PeriodogramTargets implements TargetGenerator {

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(new ParameterSpec("phi", "0.9", "AR(1) coefficient φ, |φ| < 1"),
                new ParameterSpec("sigma", "1.0", "innovation standard deviation σ > 0"), TargetGenerators.SEED);
    }

    @Override
    public double[] generate(int n, Parameters p) {
        double phi = p.real("phi", 0.9);
        if (!(Math.abs(phi) < 1)) {
            throw new InvalidInputException(p.qualified("phi"), "must satisfy |phi| < 1 (a stationary process), got " + phi);
        }
        double sigma = p.positive("sigma", 1.0);
        int m = Integer.highestOneBit(Math.max(2, 2 * n - 1)) << 1;
        SplittableRandom random = new SplittableRandom(p.integer("seed", 0));
        double[] re = new double[m];
        double[] im = new double[m];
        re[0] = sigma / Math.sqrt(1 - phi * phi) * Gaussian.next(random);
        for (int t = 1; t < m; t++) {
            // x_t ← φ·x_{t−1} + σ·z_t
            re[t] = phi * re[t - 1] + sigma * Gaussian.next(random);
        }
        Fft.transform(re, im);
        double[] y = new double[n];
        for (int k = 1; k <= n; k++) {
            y[k - 1] = (re[k] * re[k] + im[k] * im[k]) / m;
        }
        return y;
    }
}
