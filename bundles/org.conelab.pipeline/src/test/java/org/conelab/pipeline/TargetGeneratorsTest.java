package org.conelab.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.conelab.api.InvalidInputException;
import org.conelab.api.Parameters;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TargetGeneratorsTest {

    private static final int N = 10_000;

    private static double[] generate(String name, long seed) {
        return TargetGenerators.BUILT_IN.get(name).generator().generate(N, new Parameters("targets", Map.of("seed", Long.toString(seed))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"constant", "uniform", "lognormal", "twoscale", "periodogram"})
    void everyGeneratorIsReproducibleFromItsSeedAndPositive(String name) {
        double[] y = generate(name, 42);
        assertThat(generate(name, 42)).containsExactly(y);
        assertThat(java.util.Arrays.stream(y).allMatch(v -> v > 0 && Double.isFinite(v))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"uniform", "lognormal", "twoscale", "periodogram"})
    void differentSeedsGiveDifferentTargets(String name) {
        assertThat(generate(name, 1)).isNotEqualTo(generate(name, 2));
    }

    @org.junit.jupiter.api.Test
    void logNormalTargetsHaveTheRequestedLogMeanAndSpread() {
        double[] y = TargetGenerators.BUILT_IN.get("lognormal").generator().generate(N,
                new Parameters("targets", Map.of("seed", "3", "mu", "0.5", "sigma", "2")));
        double mean = 0;
        for (double v : y) {
            mean += Math.log(v) / N;
        }
        double var = 0;
        for (double v : y) {
            var += (Math.log(v) - mean) * (Math.log(v) - mean) / (N - 1);
        }
        // standard errors: 2/√N = 0.02 for the mean, about 0.03 for the standard deviation
        assertThat(mean).isCloseTo(0.5, org.assertj.core.data.Offset.offset(0.08));
        assertThat(Math.sqrt(var)).isCloseTo(2.0, org.assertj.core.data.Offset.offset(0.1));
    }

    @org.junit.jupiter.api.Test
    void twoScaleTargetsAlternateBetweenTheirMagnitudesBlockByBlock() {
        double[] y = TargetGenerators.BUILT_IN.get("twoscale").generator().generate(40,
                new Parameters("targets", Map.of("seed", "1", "low", "1", "high", "100", "block", "10", "jitter", "0.1")));
        for (int i = 0; i < 40; i++) {
            double magnitude = (i / 10) % 2 == 0 ? 1 : 100;
            assertThat(y[i] / magnitude).as("i=%d", i).isBetween(0.9, 1.1);
        }
    }

    @org.junit.jupiter.api.Test
    void thePeriodogramAveragesToTheAr1SpectralDensity() {
        // E I(ω) → S(ω) = σ²/|1 − φe^{−iω}|² = σ²/(1 − 2φ cos ω + φ²); average over seeds and a
        // band of 20 neighbouring frequencies, where S hardly changes
        int n = 512;
        int m = 1024;
        double phi = 0.5;
        int seeds = 40;
        int lo = 200;
        int band = 20;
        double mean = 0;
        double expected = 0;
        for (int s = 0; s < seeds; s++) {
            double[] y = TargetGenerators.BUILT_IN.get("periodogram").generator().generate(n,
                    new Parameters("targets", Map.of("seed", Integer.toString(s), "phi", Double.toString(phi))));
            for (int k = lo; k < lo + band; k++) {
                mean += y[k - 1] / (seeds * band);
            }
        }
        for (int k = lo; k < lo + band; k++) {
            double w = 2 * Math.PI * k / m;
            expected += 1 / (1 - 2 * phi * Math.cos(w) + phi * phi) / band;
        }
        // 800 exponential draws: relative standard error about 1/√800 ≈ 3.5 %
        assertThat(mean / expected).isBetween(0.88, 1.12);
    }

    @org.junit.jupiter.api.Test
    void aNonStationaryArCoefficientIsRejected() {
        assertThatThrownBy(() -> TargetGenerators.BUILT_IN.get("periodogram").generator().generate(8,
                new Parameters("targets", Map.of("seed", "1", "phi", "1.0"))))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("targets.phi: ");
    }
}
