package org.conelab.testsupport.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.conelab.api.ParameterSpec;
import org.conelab.api.Parameters;
import org.conelab.api.graph.Graph;
import org.conelab.api.kernel.Kernel;
import org.conelab.api.kernel.KernelGenerator;
import org.conelab.api.kernel.Locality;
import org.conelab.api.loss.Loss;
import org.conelab.api.matrix.BandedMatrix;
import org.conelab.api.matrix.StencilMatrix;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * The contracts can fail: each runs, through the JUnit Platform launcher, against a provider
 * with one planted fault, and exactly the tests that should catch it fail.
 */
class ContractsCatchFaultsTest {

    /** ½(f − y)² with a gradient 1 % too large. */
    static final class SteepGradient extends LossContract {
        @Override
        protected Loss create() {
            return new Square(1.01, 1.0);
        }
    }

    /** ½(f − y)² with the curvature 2 instead of 1. */
    static final class DoubleCurvature extends LossContract {
        @Override
        protected Loss create() {
            return new Square(1.0, 2.0);
        }
    }

    /** The stencil (1, 0.8) on 40 nodes: λ_min = 1 + 1.6·cos(40π/41) &lt; 0. */
    static final class Indefinite extends KernelGeneratorContract {
        @Override
        protected KernelGenerator create() {
            return new Fixed(g -> new Kernel(new StencilMatrix(g.size(), new double[] {1, 0.8}), Locality.range(1), Map.of()));
        }
    }

    /** Declares R = 1 but stores K(j, j + 2) = 1e-300 on a diagonally dominant band. */
    static final class Leaky extends KernelGeneratorContract {
        @Override
        protected KernelGenerator create() {
            return new Fixed(g -> {
                int n = g.size();
                double[][] d = {new double[n], new double[n - 1], new double[n - 2]};
                java.util.Arrays.fill(d[0], 1.0);
                java.util.Arrays.fill(d[1], 0.2);
                d[2][5] = 1e-300;
                return new Kernel(new BandedMatrix(n, d), Locality.range(1), Map.of());
            });
        }
    }

    @Test
    void aWrongGradientFailsBothDerivativeChecks() {
        // l' against the difference of l, and l'' = 1 against the difference of the too-steep l'
        assertThat(failures(SteepGradient.class)).containsExactly(
                "theCurvatureIsTheCentralDifferenceOfTheGradientAndAPositiveWeightAtTheTarget",
                "theGradientIsTheCentralDifferenceOfTheLossAndVanishesAtTheTarget");
    }

    @Test
    void aWrongCurvatureFailsTheCurvatureCheckOnly() {
        assertThat(failures(DoubleCurvature.class))
                .containsExactly("theCurvatureIsTheCentralDifferenceOfTheGradientAndAPositiveWeightAtTheTarget");
    }

    @Test
    void anIndefiniteKernelFailsTheDefinitenessCheck() {
        assertThat(failures(Indefinite.class)).containsExactly("theKernelIsPositiveSemidefinite");
    }

    @Test
    void aKernelReachingBeyondItsDeclaredRangeFailsTheRangeCheck() {
        assertThat(failures(Leaky.class)).containsExactly("aDeclaredRangeHoldsInGraphDistance");
    }

    /** @return the names of the contract's test methods that failed */
    private static Set<String> failures(Class<?> contract) {
        Launcher launcher = LauncherFactory.create();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(contract)).build(), listener);
        TestExecutionSummary summary = listener.getSummary();
        assertThat(summary.getTestsFoundCount()).as("tests of %s", contract.getSimpleName()).isPositive();
        return summary.getFailures().stream()
                .map(f -> f.getTestIdentifier().getDisplayName().replace("()", ""))
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /** l = ½(f − y)² with its gradient and curvature scaled by the given factors (1 and 1: correct). */
    private record Square(double gradientFactor, double curvature) implements Loss {
        @Override
        public double value(double y, double f) {
            return 0.5 * (f - y) * (f - y);
        }

        @Override
        public double gradient(double y, double f) {
            return gradientFactor * (f - y);
        }

        @Override
        public double curvature(double y, double f) {
            return curvature;
        }

        @Override
        public Optional<String> domainViolation(double y, double f) {
            return Optional.empty();
        }
    }

    /** A generator without parameters that returns the given kernel. */
    private record Fixed(java.util.function.Function<Graph, Kernel> kernel) implements KernelGenerator {
        @Override
        public List<ParameterSpec> parameters() {
            return List.of();
        }

        @Override
        public Kernel generate(Graph graph, Parameters parameters) {
            return kernel.apply(graph);
        }
    }
}
