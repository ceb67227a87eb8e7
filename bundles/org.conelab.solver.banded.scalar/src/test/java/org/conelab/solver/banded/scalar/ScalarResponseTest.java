package org.conelab.solver.banded.scalar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.conelab.api.InvalidInputException;
import org.conelab.api.matrix.StencilMatrix;
import org.conelab.api.matrix.SymmetricMatrix;
import org.conelab.api.solver.LinearDynamics;
import org.conelab.api.solver.ResponseColumns;
import org.conelab.solver.dense.DenseSolver;
import org.conelab.testsupport.RandomVectors;
import org.conelab.testsupport.ReferenceDynamics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Response windows against full-vector evolution and against the dense solver. */
class ScalarResponseTest {

    /** Rounding of up to 30 steps, relative to the largest entry of the column. */
    static final double TOLERANCE = 1e-12;

    static Stream<SymmetricMatrix> matrices() {
        return Problems.matrices().stream();
    }

    @ParameterizedTest
    @MethodSource("matrices")
    void windowEqualsFullVectorEvolutionWhichIsExactlyZeroOutsideIt(SymmetricMatrix kernel) {
        int n = kernel.size();
        int r = kernel.halfBandwidth();
        LinearDynamics dynamics = ReferenceDynamics.gershgorinStable(kernel, RandomVectors.isWeights(n, 0.5, 7));
        int steps = 30;
        ScalarBandedSolver solver = new ScalarBandedSolver(1, ScalarEvolveTest.SMALL_TILES);
        for (int source : new int[] {0, n / 2, n - 1}) {
            ResponseColumns columns = solver.response(dynamics, source, steps);
            assertThat(columns.steps()).isEqualTo(steps);
            assertThat(columns.source()).isEqualTo(source);
            double[] e = new double[n];
            e[source] = 1.0;
            int s = source;
            solver.evolve(dynamics, e, steps, 1, (t, state) -> {
                long reach = (long) t * r;
                int lo = (int) Math.max(0, s - reach);
                int hi = (int) Math.min(n - 1, s + reach);
                assertThat(columns.first()[t]).isEqualTo(lo);
                assertThat(columns.values()[t]).hasSize(hi - lo + 1);
                double scale = 0;
                for (double v : state) {
                    scale = Math.max(scale, Math.abs(v));
                }
                for (int i = 0; i < n; i++) {
                    if (i < lo || i > hi) {
                        // the light cone: exactly zero beyond t·R
                        assertThat(state[i]).as("t=%d i=%d", t, i).isZero();
                    } else {
                        assertThat(Math.abs(columns.at(t, i) - state[i])).isLessThanOrEqualTo(TOLERANCE * scale);
                    }
                }
                return true;
            });
        }
    }

    @ParameterizedTest
    @MethodSource("matrices")
    void agreesWithTheDenseSolver(SymmetricMatrix kernel) {
        int n = kernel.size();
        LinearDynamics dynamics = ReferenceDynamics.gershgorinStable(kernel, RandomVectors.isWeights(n, 0.5, 8));
        ResponseColumns banded = new ScalarBandedSolver(1).response(dynamics, n / 3, 12);
        ResponseColumns dense = new DenseSolver().response(dynamics, n / 3, 12);
        for (int t = 0; t <= 12; t++) {
            for (int i = 0; i < n; i++) {
                assertThat(banded.at(t, i)).isCloseTo(dense.at(t, i), org.assertj.core.api.Assertions.within(TOLERANCE));
            }
        }
    }

    @Test
    void costDoesNotGrowWithN() {
        StencilMatrix small = new StencilMatrix(10_001, new double[] {1.0, 0.4});
        StencilMatrix huge = new StencilMatrix(10_000_001, new double[] {1.0, 0.4});
        double[] w = new double[huge.size()];
        java.util.Arrays.fill(w, 1.0);
        ResponseColumns a = new ScalarBandedSolver(1).response(new LinearDynamics(small, java.util.Arrays.copyOf(w, small.size()), 0.5), 5000, 100);
        ResponseColumns b = new ScalarBandedSolver(1).response(new LinearDynamics(huge, w, 0.5), 5_000_000, 100);
        // the same window, the same numbers: only 201 rows were ever touched in either
        for (int t = 0; t <= 100; t++) {
            assertThat(b.values()[t]).containsExactly(a.values()[t]);
            assertThat(b.first()[t] - 5_000_000).isEqualTo(a.first()[t] - 5000);
        }
    }

    @Test
    void badSourceIsRejected() {
        StencilMatrix kernel = new StencilMatrix(5, new double[] {1.0, 0.4});
        LinearDynamics dynamics = new LinearDynamics(kernel, new double[] {1, 1, 1, 1, 1}, 0.5);
        assertThatThrownBy(() -> new ScalarBandedSolver(1).response(dynamics, 5, 3))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("source:");
        assertThatThrownBy(() -> new ScalarBandedSolver(1).response(dynamics, 0, -1))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("steps:");
    }
}
