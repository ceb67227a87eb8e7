package org.conelab.numeric;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.conelab.api.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SolverArgumentsTest {

    @Test
    void lengthAcceptsNAndNamesTheArgumentOtherwise() {
        assertThatCode(() -> SolverArguments.length("rhs", new double[3], 3)).doesNotThrowAnyException();
        assertThatCode(() -> SolverArguments.length("rhs", new double[0], 0)).doesNotThrowAnyException();
        assertThatThrownBy(() -> SolverArguments.length("rhs", new double[2], 3))
                .isInstanceOf(InvalidInputException.class).hasMessage("rhs: needs length n = 3, got 2")
                .extracting(e -> ((InvalidInputException) e).subject()).isEqualTo("rhs");
        assertThatThrownBy(() -> SolverArguments.length("error", null, 3))
                .isInstanceOf(InvalidInputException.class).hasMessage("error: needs length n = 3, got null");
    }

    @Test
    void atLeastIsInclusive() {
        assertThatCode(() -> SolverArguments.atLeast("interval", 1, 1)).doesNotThrowAnyException();
        assertThatThrownBy(() -> SolverArguments.atLeast("interval", 0, 1))
                .isInstanceOf(InvalidInputException.class).hasMessage("interval: must be >= 1, got 0");
        assertThatThrownBy(() -> SolverArguments.atLeast("steps", Integer.MIN_VALUE, 0))
                .hasMessage("steps: must be >= 0, got " + Integer.MIN_VALUE);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, -0.0, -1.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void weightsRefuseEveryValueThatIsNotAFinitePositiveNumber(double bad) {
        double[] weights = {1.0, 2.0, bad, 0.5};
        assertThatThrownBy(() -> SolverArguments.weights(weights, 4))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("weights[2]: must be a finite number > 0, got " + bad)
                .extracting(e -> ((InvalidInputException) e).subject()).isEqualTo("weights[2]");
    }

    @Test
    void weightsAcceptTinyAndHugePositiveValuesAndCheckTheLength() {
        assertThatCode(() -> SolverArguments.weights(new double[] {Double.MIN_VALUE, Double.MAX_VALUE, 1}, 3))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> SolverArguments.weights(new double[] {1, 1}, 3))
                .isInstanceOf(InvalidInputException.class).hasMessage("weights: needs length n = 3, got 2");
        assertThatThrownBy(() -> SolverArguments.weights(null, 3)).hasMessage("weights: needs length n = 3, got null");
    }

    @Test
    void aWindowOfWeightsChecksOnlyThatWindowButAlwaysTheLength() {
        double[] weights = {0.0, 1.0, 1.0, Double.NaN, 1.0};
        assertThatCode(() -> SolverArguments.weights(weights, 5, 1, 3)).doesNotThrowAnyException();
        // the first bad entry inside the window is named
        assertThatThrownBy(() -> SolverArguments.weights(weights, 5, 1, 5)).hasMessageStartingWith("weights[3]: ");
        assertThatThrownBy(() -> SolverArguments.weights(weights, 5, 0, 5)).hasMessageStartingWith("weights[0]: ");
        // an empty window still checks the length
        assertThatThrownBy(() -> SolverArguments.weights(weights, 6, 2, 2)).hasMessageStartingWith("weights: ");
    }

    @Test
    void sourceMustBeANode() {
        assertThatCode(() -> SolverArguments.source(0, 5)).doesNotThrowAnyException();
        assertThatCode(() -> SolverArguments.source(4, 5)).doesNotThrowAnyException();
        assertThatThrownBy(() -> SolverArguments.source(5, 5))
                .isInstanceOf(InvalidInputException.class).hasMessage("source: must be a node between 0 and 4, got 5");
        assertThatThrownBy(() -> SolverArguments.source(-1, 5)).hasMessage("source: must be a node between 0 and 4, got -1");
    }

    @Test
    void storableStepsLeaveRoomForTheColumnOfStepZero() {
        assertThatCode(() -> SolverArguments.storableSteps(0)).doesNotThrowAnyException();
        assertThatCode(() -> SolverArguments.storableSteps(Integer.MAX_VALUE - 1)).doesNotThrowAnyException();
        assertThatThrownBy(() -> SolverArguments.storableSteps(-1))
                .isInstanceOf(InvalidInputException.class).hasMessage("steps: must be >= 0, got -1");
        assertThatThrownBy(() -> SolverArguments.storableSteps(Integer.MAX_VALUE))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("steps: must be < 2147483647 to store steps + 1 columns");
    }
}
