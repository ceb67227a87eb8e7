package org.conelab.numeric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import org.conelab.api.InvalidInputException;
import org.conelab.api.matrix.DenseMatrix;
import org.conelab.api.matrix.StencilMatrix;
import org.conelab.api.matrix.SymmetricMatrix;
import org.conelab.api.solver.SpectrumBounds;
import org.conelab.testsupport.DenseReference;
import org.conelab.testsupport.GradedProblems;
import org.conelab.testsupport.PreciseExtremes;
import org.conelab.testsupport.RandomVectors;
import org.conelab.testsupport.ToeplitzSpectrum;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;
import org.junit.jupiter.api.Test;

class WeightedExtremesTest {

    /** A converged enclosure: a few ulps of the value. */
    private static final double ULPS = 1e-14;

    @Test
    void workedExampleWithSmallIntegers() {
        // K = [2 1; 1 2], W = diag(4, 1): S = [8 2; 2 2], λ = 5 ± √13
        DenseMatrix k = new DenseMatrix(2, new double[] {2, 1, 1, 2});
        SpectrumBounds bounds = WeightedExtremes.of(k, new double[] {4, 1}, SymmetricOperator.of(k), cholesky(k), 2);
        assertThat(bounds.min()).isCloseTo(5 - Math.sqrt(13), within(bounds.minTolerance() + 1e-16));
        assertThat(bounds.max()).isCloseTo(5 + Math.sqrt(13), within(bounds.maxTolerance() + 1e-15));
        assertThat(bounds.minTolerance()).isPositive().isLessThan(ULPS * bounds.min());
        assertThat(bounds.maxTolerance()).isPositive().isLessThan(ULPS * bounds.max());
    }

    @Test
    void gradedWeightsNeedTheInverseRouteForLambdaMin() {
        // the example: T(1, −0.499), n = 101, targets 1e-3 on nodes 0–9 and 1e3 elsewhere
        int n = GradedProblems.TRIDIAGONAL_ORDER;
        StencilMatrix k = GradedProblems.tridiagonal(n);
        double[] w = GradedProblems.isWeights(GradedProblems.stepTargets(n));
        BigDecimal reference = PreciseExtremes.smallest(k, w);

        SpectrumBounds inverse = WeightedExtremes.of(k, w, SymmetricOperator.of(k), cholesky(k), n);
        SpectrumBounds forward = WeightedExtremes.of(k, w, SymmetricOperator.of(k), null, n);

        assertThat(PreciseExtremes.relativeError(inverse.min(), reference)).isLessThan(ULPS);
        assertThat(PreciseExtremes.absoluteError(inverse.min(), reference)).isLessThanOrEqualTo(inverse.minTolerance());
        assertThat(inverse.minTolerance()).isLessThan(ULPS * inverse.min());
        // Lanczos on S alone settles on an interior eigenvalue (about 1e-6) with a tiny residual: only
        // the Gershgorin lower bound keeps its tolerance honest, and it is useless here
        assertThat(forward.min()).isGreaterThan(100 * reference.doubleValue());
        assertThat(PreciseExtremes.absoluteError(forward.min(), reference)).isLessThanOrEqualTo(forward.minTolerance());
        assertThat(forward.maxTolerance()).isEqualTo(inverse.maxTolerance());
    }

    @Test
    void aSolveThatFailsFallsBackToLanczosOnSWithAnHonestBound() {
        // K indefinite (λ_min(K) = 1 − 1.6·cos(π/51) < 0): Cholesky fails inside the solve
        int n = 50;
        StencilMatrix k = ToeplitzSpectrum.matrix(n, 1.0, 0.8);
        KernelSolver failing = b -> {
            throw new ArithmeticException("not positive definite");
        };
        SpectrumBounds bounds = WeightedExtremes.of(k, RandomVectors.ones(n), SymmetricOperator.of(k), failing, n);
        assertThat(bounds.min()).isCloseTo(ToeplitzSpectrum.min(n, 1.0, 0.8), within(bounds.minTolerance() + 1e-15));
        assertThat(bounds.max()).isCloseTo(ToeplitzSpectrum.max(n, 1.0, 0.8), within(bounds.maxTolerance() + 1e-15));
        assertThat(bounds.maxTolerance()).isLessThan(1e-13);
        // the lower end is Gershgorin's 1 − 2·0.8 = −0.6, just below λ_min ≈ −0.5970
        assertThat(bounds.minTolerance()).isBetween(0.6 + bounds.min() - 1e-12, 0.6 + bounds.min() + 1e-12);
    }

    @Test
    void rejectsBadWeightsNamingThem() {
        StencilMatrix k = ToeplitzSpectrum.matrix(3, 1.0, 0.4);
        assertThatThrownBy(() -> WeightedExtremes.of(k, new double[] {1, -1, 1}, SymmetricOperator.of(k), null, 3))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("weights[1]: ");
    }

    /** @return EJML's Cholesky solve of K, an independent factorisation */
    private static KernelSolver cholesky(SymmetricMatrix k) {
        int n = k.size();
        LinearSolverDense<DMatrixRMaj> chol = LinearSolverFactory_DDRM.chol(n);
        assertThat(chol.setA(DenseReference.ejml(k))).isTrue();
        return b -> {
            DMatrixRMaj x = new DMatrixRMaj(n, 1);
            chol.solve(DMatrixRMaj.wrap(n, 1, b.clone()), x);
            return x.data;
        };
    }
}
