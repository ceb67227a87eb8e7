package org.conelab.solver.dense;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Offset;
import org.conelab.api.InvalidInputException;
import org.conelab.api.matrix.DenseMatrix;
import org.conelab.api.matrix.StencilMatrix;
import org.conelab.api.matrix.SymmetricMatrix;
import org.conelab.api.solver.LinearDynamics;
import org.conelab.api.solver.ResponseColumns;
import org.conelab.testsupport.RandomMatrices;
import org.conelab.testsupport.RandomVectors;
import org.conelab.testsupport.ToeplitzSpectrum;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DenseSolverResponseTest {

    /** Relative agreement of the cone-edge entry with its closed-form product of t factors. */
    private static final double EDGE_TOLERANCE = 1e-13;
    /** Agreement inside the cone with the closed form, relative to ‖e_j‖ = 1. */
    private static final double CLOSED_FORM_TOLERANCE = 1e-10;

    /** Exact equality that treats −0.0 and 0.0 alike. */
    private static final Offset<Double> EXACT = within(0.0);

    private final DenseSolver solver = new DenseSolver();

    @ParameterizedTest(name = "source {0}")
    @ValueSource(ints = {0, 7, 15, 30})
    void tridiagonalResponseIsExactlyZeroOutsideTheLightConeAndNonZeroOnItsEdge(int source) {
        int n = 31;
        int steps = 24;
        double beta = 0.4;
        StencilMatrix k = ToeplitzSpectrum.matrix(n, 1.0, beta);
        double[] w = RandomVectors.isWeights(n, 1.0, 71);
        double eta = 1.0 / solver.extremes(k, w).max();

        ResponseColumns columns = solver.response(new LinearDynamics(k, w, eta), source, steps);

        assertThat(columns.source()).isEqualTo(source);
        assertThat(columns.steps()).isEqualTo(steps);
        List<String> outside = new ArrayList<>();
        for (int t = 0; t <= steps; t++) {
            assertThat(columns.first()[t]).isZero();
            assertThat(columns.values()[t]).hasSize(n);
            for (int i = 0; i < n; i++) {
                double value = columns.at(t, i);
                int distance = Math.abs(i - source);
                if (distance > t && value != 0.0) {
                    outside.add("(J_" + t + ")_{" + i + "," + source + "} = " + value);
                }
                if (distance == t) {
                    // the only path of length t: (J_t)_{ij} = Π over the nodes m it leaves of (−η·β·w_m)
                    double expected = 1.0;
                    int step = i > source ? 1 : -1;
                    for (int m = source; m != i; m += step) {
                        expected *= -eta * beta * w[m];
                    }
                    assertThat(value).as("edge (J_%d)_{%d,%d}", t, i, source).isNotZero()
                            .isCloseTo(expected, within(EDGE_TOLERANCE * Math.abs(expected)));
                }
            }
        }
        assertThat(outside).as("entries outside the light cone |i − j| > t").isEmpty();
    }

    @Test
    void rangeTwoKernelHasAConeOfSlopeTwo() {
        int n = 25;
        int source = 12;
        SymmetricMatrix k = RandomMatrices.banded(n, 2, 81);
        double[] w = RandomVectors.isWeights(n, 0.5, 82);

        ResponseColumns columns = solver.response(new LinearDynamics(k, w, 0.05), source, 8);

        for (int t = 0; t <= 8; t++) {
            for (int i = 0; i < n; i++) {
                int distance = Math.abs(i - source);
                if (distance > 2 * t) {
                    assertThat(columns.at(t, i) == 0.0).as("(J_%d)_{%d,%d} = %s", t, i, source, columns.at(t, i)).isTrue();
                } else if (distance == 2 * t) {
                    assertThat(columns.at(t, i)).as("(J_%d)_{%d,%d}", t, i, source).isNotZero();
                }
            }
        }
    }

    @Test
    void columnsMatchTheClosedFormInsideTheCone() {
        int n = 20;
        int source = 6;
        StencilMatrix k = ToeplitzSpectrum.matrix(n, 1.0, -0.4);
        double[] w = RandomVectors.isWeights(n, 0.8, 91);
        double eta = 1.5 / solver.extremes(k, w).max();
        double[] unit = new double[n];
        unit[source] = 1.0;
        SpectralPropagator closedForm = SpectralPropagator.of(k, w, eta);

        ResponseColumns columns = solver.response(new LinearDynamics(k, w, eta), source, 30);

        assertThat(columns.values()[0]).containsExactly(unit);
        for (int t = 0; t <= 30; t++) {
            assertThat(columns.values()[t]).as("t = %d", t)
                    .containsExactly(closedForm.apply(unit, t), within(CLOSED_FORM_TOLERANCE));
        }
    }

    @Test
    void oneNodeIsTheScalarRecurrence() {
        // J_t = (1 − η·α·w)^t = (1 − ¼·2·1)^t = 2^−t, exact in binary
        ResponseColumns columns = solver.response(
                new LinearDynamics(new StencilMatrix(1, new double[] {2}), new double[] {1}, 0.25), 0, 10);
        for (int t = 0; t <= 10; t++) {
            assertThat(columns.at(t, 0)).isEqualTo(Math.scalb(1.0, -t));
        }
    }

    @Test
    void twoNodesAlternateBetweenThem() {
        // K = [2 1; 1 2], W = I, η = ½: B = [0 −½; −½ 0], so J_t e_0 = (−½)^t e_{t mod 2}
        ResponseColumns columns = solver.response(
                new LinearDynamics(new DenseMatrix(2, new double[] {2, 1, 1, 2}), new double[] {1, 1}, 0.5), 0, 5);
        for (int t = 0; t <= 5; t++) {
            double magnitude = Math.pow(-0.5, t);
            assertThat(columns.values()[t]).as("t = %d", t)
                    .containsExactly(t % 2 == 0 ? new double[] {magnitude, 0} : new double[] {0, magnitude}, EXACT);
        }
    }

    @Test
    void rejectsASourceOutsideTheGraph() {
        LinearDynamics dynamics = new LinearDynamics(ToeplitzSpectrum.matrix(5, 1, 0.4), RandomVectors.ones(5), 0.5);
        assertThatThrownBy(() -> solver.response(dynamics, 5, 3))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("source: must be a node between 0 and 4, got 5");
        assertThatThrownBy(() -> solver.response(dynamics, 0, -1))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("steps: ");
    }
}
