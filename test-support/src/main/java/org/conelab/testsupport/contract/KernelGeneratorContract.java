package org.conelab.testsupport.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.conelab.api.Parameters;
import org.conelab.api.graph.Chain;
import org.conelab.api.graph.Graph;
import org.conelab.api.kernel.Kernel;
import org.conelab.api.kernel.KernelFacts;
import org.conelab.api.kernel.KernelGenerator;
import org.conelab.api.matrix.SymmetricMatrix;
import org.conelab.testsupport.DenseReference;
import org.junit.jupiter.api.Test;

/**
 * What every {@link KernelGenerator} must satisfy on {@link #graph()} with {@link #parameters()}:
 * K has the graph's order, finite entries and is symmetric; it is positive semi-definite (EJML's
 * dense eigenvalues, to rounding); a declared range R holds (K(i, j) = 0 beyond graph distance
 * R); the spectral facts it states enclose the dense eigenvalues; the same input gives the same
 * kernel; and every key it reads is declared.
 */
public abstract class KernelGeneratorContract {

    /** Rounding allowance of the dense eigenvalues, relative to max |λ|. */
    private static final double EIGENVALUE_TOLERANCE = 1e-12;

    /** @return the generator under test */
    protected abstract KernelGenerator create();

    /** @return the graph to generate on (default: a 40-node chain) */
    protected Graph graph() {
        return new Chain(40);
    }

    /** @return the {@code kernel.*} section to generate with (default: empty, the generator's defaults) */
    protected Parameters parameters() {
        return new Parameters("kernel", Map.of());
    }

    private Kernel generated() {
        return create().generate(graph(), parameters());
    }

    @Test
    void theKernelHasTheGraphsOrderFiniteEntriesAndIsSymmetric() {
        SymmetricMatrix k = generated().matrix();
        int n = graph().size();
        assertThat(k.size()).as("order").isEqualTo(n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                assertThat(Double.isFinite(k.entry(i, j))).as("K(%d, %d) = %s finite", i, j, k.entry(i, j)).isTrue();
                assertThat(k.entry(i, j)).as("K(%d, %d) = K(%d, %d)", i, j, j, i).isEqualTo(k.entry(j, i));
            }
        }
    }

    @Test
    void theKernelIsPositiveSemidefinite() {
        double[] lambda = DenseReference.eigenvalues(generated().matrix());
        double scale = Math.max(Math.abs(lambda[0]), Math.abs(lambda[lambda.length - 1]));
        assertThat(lambda[0]).as("λ_min(K) (EJML, dense)").isGreaterThanOrEqualTo(-EIGENVALUE_TOLERANCE * scale);
    }

    @Test
    void aDeclaredRangeHoldsInGraphDistance() {
        Kernel kernel = generated();
        if (!kernel.locality().isStrictlyLocal()) {
            return;
        }
        int r = kernel.locality().range();
        Graph graph = graph();
        for (int i = 0; i < graph.size(); i++) {
            int[] distance = graph.distancesFrom(i);
            for (int j = 0; j < graph.size(); j++) {
                if (distance[j] > r) {
                    assertThat(kernel.matrix().entry(i, j)).as("K(%d, %d) at distance %d > R = %d", i, j, distance[j], r).isZero();
                }
            }
        }
    }

    @Test
    void theStatedSpectralFactsEncloseTheDenseEigenvalues() {
        Kernel kernel = generated();
        KernelFacts facts = kernel.facts();
        double[] lambda = DenseReference.eigenvalues(kernel.matrix());
        double slack = EIGENVALUE_TOLERANCE * Math.max(Math.abs(lambda[0]), Math.abs(lambda[lambda.length - 1]));
        double min = lambda[0];
        double max = lambda[lambda.length - 1];
        assertThat(min).as("λ_min within the stated [%s, %s] (%s)", facts.lambdaMinLower(), facts.lambdaMinUpper(), facts.method())
                .isBetween(facts.lambdaMinLower() - slack, facts.lambdaMinUpper() + slack);
        assertThat(max).as("λ_max within the stated [%s, %s] (%s)", facts.lambdaMaxLower(), facts.lambdaMaxUpper(), facts.method())
                .isBetween(facts.lambdaMaxLower() - slack, facts.lambdaMaxUpper() + slack);
    }

    @Test
    void theSameInputGivesTheSameKernel() {
        SymmetricMatrix first = generated().matrix();
        SymmetricMatrix second = generated().matrix();
        for (int i = 0; i < first.size(); i++) {
            for (int j = 0; j < first.size(); j++) {
                assertThat(second.entry(i, j)).as("K(%d, %d)", i, j).isEqualTo(first.entry(i, j));
            }
        }
    }

    @Test
    void everyParameterItDeclaresHasANameAndADescription() {
        create().parameters().forEach(p -> {
            assertThat(p.name()).as("a parameter's name").isNotBlank();
            assertThat(p.description()).as("the description of %s", p.name()).isNotBlank();
        });
    }
}
