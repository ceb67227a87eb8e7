package org.conelab.analyzer.propagator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.conelab.api.InvalidInputException;
import org.conelab.api.Parameters;
import org.conelab.testsupport.TestParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PropagatorSettingsTest {

    @Test
    void defaults() {
        PropagatorSettings s = PropagatorSettings.of(Parameters.empty());
        assertThat(s.lambda()).isEqualTo(1);
        assertThat(s.y0()).isEqualTo(1);
        assertThat(s.dimensions()).containsExactly(1, 2, 3);
        assertThat(s.length()).isEqualTo(Math.sqrt(2));
        assertThat(s.massSquared()).isEqualTo(0.5);
        assertThat(s.half(0)).isEqualTo(6);
        assertThat(s.half(3)).isEqualTo(48);
        assertThat(s.spacing(3)).isEqualTo(Math.sqrt(2) / 16);
        assertThat(s.actionLambdas()).containsExactly(1.0, 0.1, 10.0, 100.0);
        assertThat(PropagatorSettings.specs()).extracting(p -> p.name()).contains("lambda", "y0", "sweep.half", "action.lambdas");
    }

    @Test
    void listsAreParsed() {
        PropagatorSettings s = PropagatorSettings.of(TestParameters.of("propagator", "dimensions", " 3, 1 ", "lambda", "0.5",
                "action.lambdas", "0.5, 2, 2"));
        assertThat(s.dimensions()).containsExactly(1, 3);
        assertThat(s.actionLambdas()).containsExactly(0.5, 2.0);
    }

    @Test
    void numbersInTextsAreBrief() {
        assertThat(Brief.of(1.0)).isEqualTo("1");
        assertThat(Brief.of(0.1)).isEqualTo("0.1");
        assertThat(Brief.of(Math.sqrt(2))).isEqualTo("1.41421");
        assertThat(Brief.of(1e6)).isEqualTo("1e+06");
        assertThat(Brief.of(2.5e-9)).isEqualTo("2.5e-09");
        assertThat(Brief.of(Double.POSITIVE_INFINITY)).isEqualTo("Infinity");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "lambda         | 0     | propagator.lambda: must be > 0, got '0'",
        "y0             | -2    | propagator.y0: must be > 0, got '-2'",
        "dimensions     | 1,4   | propagator.dimensions: must list 1, 2 or 3 separated by commas, got '1,4'",
        "box            | 2     | propagator.box: must be > 2.0 (the error window ends at 2.0 ℓ), got '2'",
        "box            | 3.3   | propagator.box: box × resolution must be a whole number of spacings, got 3.3 × 2",
        "levels         | 2     | propagator.levels: must be between 3 and 8, got '2'",
        "sweep.half     | 4     | propagator.sweep.half: must be between 8 and 512, got '4'",
        "sweep.decades  | x     | propagator.sweep.decades: must be an integer, got 'x'",
        "action.lambdas | 1,-1  | propagator.action.lambdas: must be numbers >= 0 separated by commas, got '1,-1'",
        "action.lambdas | a     | propagator.action.lambdas: must be numbers >= 0 separated by commas, got 'a'",
    })
    void badValuesNameTheirKeyInOneLine(String key, String value, String message) {
        assertThatThrownBy(() -> PropagatorSettings.of(TestParameters.of("propagator", key, value)))
                .isInstanceOf(InvalidInputException.class).hasMessage(message).message().doesNotContain("\n");
    }
}
