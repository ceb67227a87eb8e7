package org.conelab.analyzer.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.conelab.api.InvalidInputException;
import org.conelab.api.ParameterSpec;
import org.conelab.api.Parameters;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TrainingSettingsTest {

    @Test
    void defaultsFollowThePipeline() {
        TrainingSettings s = TrainingSettings.read(new Parameters("training", Map.of()), 40);

        assertThat(s.steps()).isEqualTo(40);
        assertThat(s.interval()).isEqualTo(1);
        assertThat(s.sweep()).isTrue();
        assertThat(s.sweepPoints()).isEqualTo(29);
        assertThat(s.sweepSteps()).isEqualTo(500);
        assertThat(s.deltas()).containsExactly(1e-4, 3e-4, 1e-3, 3e-3, 1e-2, 3e-2, 0.1, 0.3, 0.5);
        assertThat(new TrainingAnalyzer().parameters()).extracting(ParameterSpec::name)
                .containsExactly("steps", "interval", "sweep", "sweep_points", "sweep_steps", "deltas");
    }

    @Test
    void readsEveryKey() {
        TrainingSettings s = TrainingSettings.read(new Parameters("training", Map.of("steps", "7", "interval", "3", "sweep", "OFF",
                "sweep_points", "5", "sweep_steps", "99", "deltas", "0.1, 1e-3,0.1")), 40);

        assertThat(s).isEqualTo(new TrainingSettings(7, 3, false, 5, 99, List.of(1e-3, 0.1)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "sweep|maybe|training.sweep: must be 'on' or 'off', got 'maybe'",
        "sweep_points|1|training.sweep_points: must be between 2 and 10000, got '1'",
        "sweep_steps|0|training.sweep_steps: must be between 1 and 100000000, got '0'",
        "interval|0|training.interval: must be between 1",
        "steps|-1|training.steps: must be between 0",
        "steps|ten|training.steps: must be an integer, got 'ten'",
        "deltas|0.1, -1|training.deltas: every δ must be a finite number > 0, got '-1'",
        "deltas|0.1, abc|training.deltas: must be numbers > 0 separated by commas, got 'abc'",
        "deltas|0.1, 0.1|training.deltas: needs at least two different sizes",
        "deltas|0.1, Infinity|training.deltas: every δ must be a finite number > 0, got 'Infinity'"
    })
    void aBadValueNamesItsKey(String key, String value, String message) {
        assertThatThrownBy(() -> TrainingSettings.read(new Parameters("training", Map.of(key, value)), 40))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith(message)
                .satisfies(e -> assertThat(((InvalidInputException) e).subject()).isEqualTo("training." + key));
    }
}
