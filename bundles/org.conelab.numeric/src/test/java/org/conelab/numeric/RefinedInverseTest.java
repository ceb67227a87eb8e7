package org.conelab.numeric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.conelab.api.matrix.StencilMatrix;
import org.conelab.testsupport.GradedProblems;
import org.conelab.testsupport.RandomVectors;
import org.junit.jupiter.api.Test;

class RefinedInverseTest {

    private static final double U = Dot2.UNIT_ROUNDOFF;

    @Test
    void refinementTurnsAThousandfoldInaccurateSolveIntoOneAccurateToAFewUlps() {
        // K = 3·I: S⁻¹·y = y/(3w) exactly to one rounding; the solver is off by up to 10⁻³ relatively
        int n = 50;
        StencilMatrix k = new StencilMatrix(n, new double[] {3.0});
        double[] w = GradedProblems.isWeights(GradedProblems.logUniformTargets(n, 1));
        Random noise = new Random(2);
        KernelSolver sloppy = b -> {
            double[] x = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = b[i] / 3.0 * (1 + 1e-3 * (2 * noise.nextDouble() - 1));
            }
            return x;
        };
        RefinedInverse inverse = new RefinedInverse(CompensatedProduct.of(k), WeightedOperator.squareRoots(w), sloppy);
        double[] y = RandomVectors.gaussian(n, 3);

        RefinedInverse.Application g = inverse.application(y, true);

        double mu = 0;
        double error = 0;
        for (int i = 0; i < n; i++) {
            mu = Math.max(mu, 1 / (3 * w[i]));
            double exact = y[i] / (3 * w[i]);
            error += (g.value()[i] - exact) * (g.value()[i] - exact);
        }
        error = Math.sqrt(error);
        double bound = inverse.errorBound(g, mu);
        assertThat(error).isLessThanOrEqualTo(bound);
        assertThat(bound).isLessThan(16 * U * mu * Vectors.norm(y));
    }

    @Test
    void aSolveThatDoesNotApproximateTheInverseIsRejected() {
        int n = 10;
        StencilMatrix k = new StencilMatrix(n, new double[] {2.0, 0.5});
        RefinedInverse inverse = new RefinedInverse(CompensatedProduct.of(k), WeightedOperator.squareRoots(
                RandomVectors.ones(n)), b -> b.clone());
        // x = b is no inverse of K: the corrections do not shrink
        assertThatThrownBy(() -> inverse.application(RandomVectors.gaussian(n, 4), true))
                .isInstanceOf(ArithmeticException.class).hasMessageContaining("relative correction");
        RefinedInverse broken = new RefinedInverse(CompensatedProduct.of(k), WeightedOperator.squareRoots(
                RandomVectors.ones(n)), b -> new double[n + 1]);
        assertThatThrownBy(() -> broken.application(RandomVectors.gaussian(n, 5), false))
                .isInstanceOf(IllegalStateException.class);
    }
}
