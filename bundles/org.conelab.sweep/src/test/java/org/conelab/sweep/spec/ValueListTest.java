package org.conelab.sweep.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.conelab.api.InvalidInputException;
import org.junit.jupiter.api.Test;

class ValueListTest {

    @Test
    void aLinearRangeHasExactDecimalValuesAndBothEnds() {
        Axis axis = ValueList.parse("targets.sigma", "0.1:1.5:15");
        assertThat(axis.values()).containsExactly("0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "0.7", "0.8", "0.9", "1", "1.1", "1.2",
                "1.3", "1.4", "1.5");
        assertThat(axis.logarithmic()).isFalse();
    }

    @Test
    void aLogRangeIsGeometricWithRoundDecades() {
        Axis axis = ValueList.parse("targets.scale", "1e-3:1e3:7 log");
        assertThat(axis.values()).containsExactly("0.001", "0.01", "0.1", "1", "10", "100", "1000");
        assertThat(axis.logarithmic()).isTrue();
        // x_k = from·(to/from)^(k/(count−1)), checked against the formula
        Axis two = ValueList.parse("eta", "1:2:3 log");
        assertThat(Double.parseDouble(two.values().get(1))).isCloseTo(Math.sqrt(2), org.assertj.core.data.Offset.offset(1e-11));
    }

    @Test
    void wordsAfterARangeAreAppendedToEveryValue() {
        assertThat(ValueList.parse("eta", "0.5:1.5:3 stable").values()).containsExactly("0.5 stable", "1 stable", "1.5 stable");
        assertThat(ValueList.parse("eta", "0.1:10:3 log stable").values()).containsExactly("0.1 stable", "1 stable", "10 stable");
    }

    @Test
    void aListKeepsItsValuesInOrder() {
        assertThat(ValueList.parse("loss", "is, mse").values()).containsExactly("is", "mse");
        assertThat(ValueList.parse("eta", "0.5 stable, 0.01").values()).containsExactly("0.5 stable", "0.01");
        assertThat(ValueList.parse("n", "101").values()).containsExactly("101");
    }

    @Test
    void malformedRangesNameTheSweepKeyAndTheValue() {
        for (String bad : List.of("0.1:1.5", "a:1:3", "0:1:0", "0:1:x", "0:1:1", "-1:10:3 log", "0:1:1000001")) {
            assertThatThrownBy(() -> ValueList.parse("targets.sigma", bad)).as(bad).isInstanceOf(InvalidInputException.class)
                    .hasMessageStartingWith("sweep.targets.sigma: ").hasMessageContaining(bad.split(" ")[0]).hasMessageNotContaining("\n");
        }
    }

    @Test
    void anEmptyListElementIsRefused() {
        assertThatThrownBy(() -> ValueList.parse("loss", "is,,mse")).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("sweep.loss: empty value");
    }
}
