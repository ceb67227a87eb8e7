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
        return TargetGenerators.named(name).generate(N, new Parameters("targets", Map.of("seed", Long.toString(seed))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"constant", "uniform", "lognormal"})
    void everyGeneratorIsReproducibleFromItsSeedAndPositive(String name) {
        double[] y = generate(name, 42);
        assertThat(generate(name, 42)).containsExactly(y);
        assertThat(java.util.Arrays.stream(y).allMatch(v -> v > 0 && Double.isFinite(v))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"uniform", "lognormal"})
    void differentSeedsGiveDifferentTargets(String name) {
        assertThat(generate(name, 1)).isNotEqualTo(generate(name, 2));
    }

    @org.junit.jupiter.api.Test
    void logNormalTargetsHaveTheRequestedLogMeanAndSpread() {
        double[] y = TargetGenerators.named("lognormal").generate(N,
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
    void anUnknownGeneratorNamesTheKeyAndTheKnownOnes() {
        assertThatThrownBy(() -> TargetGenerators.named("gamma")).isInstanceOf(InvalidInputException.class)
                .hasMessage("targets: unknown target generator 'gamma'; known: constant, lognormal, uniform");
    }
}
