package org.conelab.numeric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.conelab.api.matrix.StencilMatrix;
import org.conelab.api.matrix.SymmetricMatrix;
import org.conelab.testsupport.RandomMatrices;
import org.conelab.testsupport.RandomVectors;
import org.conelab.testsupport.ToeplitzSpectrum;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LanczosTest {

    /** Ritz values of a converged or exhausted run, relative to ‖A‖. */
    private static final double ROUNDING = 1e-13;

    @ParameterizedTest(name = "n = {0}")
    @ValueSource(ints = {1, 2, 7, 150})
    void aRunOfNStepsIsExactAndItsRitzVectorsSatisfyTheDefinition(int n) {
        StencilMatrix t = ToeplitzSpectrum.matrix(n, 1.0, 0.4);
        Lanczos.Result run = new Lanczos(SymmetricOperator.of(t)).extremes(n, 0.0, Lanczos.Ends.BOTH);

        double[] exact = ToeplitzSpectrum.eigenvalues(n, 1.0, 0.4);
        assertThat(run.exact()).isTrue();
        assertThat(run.steps()).isEqualTo(n);
        assertThat(run.ritzValues()).containsExactly(exact, within(ROUNDING * 1.8));
        assertThat(residual(t, run.largestVector(), run.max())).isLessThan(ROUNDING);
        assertThat(residual(t, run.smallestVector(), run.min())).isLessThan(ROUNDING);
        assertThat(Vectors.norm(run.largestVector())).isCloseTo(1.0, within(1e-15));
        if (n == 1) {
            assertThat(run.secondLargestUpper()).isEqualTo(Double.NEGATIVE_INFINITY);
            assertThat(run.secondSmallestLower()).isEqualTo(Double.POSITIVE_INFINITY);
        } else {
            assertThat(run.secondLargestUpper()).isCloseTo(exact[n - 2], within(ROUNDING));
        }
    }

    @Test
    void stopsOnceTheKatoTempleEstimateOfTheLargestMeetsTheTolerance() {
        // a random banded K with IS weights: a well separated top, found long before n steps
        int n = 2000;
        SymmetricMatrix k = RandomMatrices.banded(n, 3, 7);
        WeightedOperator s = WeightedOperator.of(SymmetricOperator.of(k), RandomVectors.isWeights(n, 1.0, 8));
        Lanczos.Result run = new Lanczos(s).extremes(300, 1e-15, Lanczos.Ends.LARGEST);

        assertThat(run.steps()).isLessThan(300);
        assertThat(run.smallestVector()).isNull();
        double b = run.maxBound();
        double gap = run.max() - run.secondLargestUpper();
        assertThat(Math.min(b, b * b / gap)).isLessThanOrEqualTo(1e-15 * run.radius());
    }

    @Test
    void anInvariantStartEndsTheRunAndTheWholeSpectrumKeepsMultiplicities() {
        // A = 2I: every Krylov space is invariant after one step
        StencilMatrix twice = new StencilMatrix(20, new double[] {2.0});
        Lanczos.Result run = new Lanczos(SymmetricOperator.of(twice)).extremes(20, 1e-15, Lanczos.Ends.BOTH);
        assertThat(run.steps()).isEqualTo(1);
        assertThat(run.max()).isCloseTo(2.0, within(1e-15));
        assertThat(run.secondLargestUpper()).isNaN();
        assertThat(new Lanczos(SymmetricOperator.of(twice)).all()).hasSize(20).containsOnly(2.0);
    }

    @Test
    void refusesAStepCapBelowOne() {
        assertThatThrownBy(() -> new Lanczos(SymmetricOperator.of(new StencilMatrix(3, new double[] {1})))
                .extremes(0, 1e-10, Lanczos.Ends.BOTH)).isInstanceOf(IllegalArgumentException.class);
    }

    /** @return ‖A·y − θ·y‖₂ */
    private static double residual(SymmetricMatrix a, double[] y, double theta) {
        double[] ay = new double[y.length];
        a.apply(y, ay);
        Vectors.addScaled(ay, -theta, y);
        return Vectors.norm(ay);
    }
}
