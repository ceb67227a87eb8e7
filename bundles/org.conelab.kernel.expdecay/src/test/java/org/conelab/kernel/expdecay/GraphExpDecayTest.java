package org.conelab.kernel.expdecay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.conelab.kernel.expdecay.Kernels.kernel;

import java.util.stream.Stream;
import org.conelab.api.InvalidInputException;
import org.conelab.api.graph.Chain;
import org.conelab.api.graph.Graph;
import org.conelab.api.kernel.Kernel;
import org.conelab.api.kernel.KernelFacts;
import org.conelab.api.matrix.SparseMatrix;
import org.conelab.graph.Grid;
import org.conelab.graph.Ring;
import org.conelab.numeric.CsrBuilder;
import org.conelab.testsupport.DenseReference;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class GraphExpDecayTest {

    /** Smallest eigenvalue accepted: −{@value}·‖K‖ (rounding of the dense eigen-solver). */
    private static final double PSD_TOLERANCE = 1e-10;
    /** Agreement with an independent reference, relative to C0. */
    private static final double ENTRY_TOLERANCE = 1e-12;

    private final ExpDecayKernel generator = new ExpDecayKernel();

    static Stream<Arguments> graphs() {
        return Stream.of(
                Arguments.of(new Chain(50), "2", "1e-12"),
                Arguments.of(new Chain(200), "1.5", "1e-3"),
                Arguments.of(new Ring(30), "2", "1e-12"),
                Arguments.of(new Grid(7, 8, 4), "2", "1e-12"),
                Arguments.of(new Grid(7, 8, 8), "2", "1e-12"),
                Arguments.of(new Grid(15, 14, 4), "1", "1e-3"),
                Arguments.of(new Grid(15, 14, 8), "1.5", "1e-4"),
                Arguments.of(Kernels.twoCommunities(), "2", "1e-12"),
                Arguments.of(Kernels.edges(7, 0, 1, 1, 2, 2, 0, 3, 4, 4, 5), "2", "1e-12"));
    }

    @ParameterizedTest(name = "{0}, xi = {1}, tol = {2}")
    @MethodSource("graphs")
    void isSymmetricPsdAndWithinTheDecayBound(Graph graph, String xi, String tol) {
        Kernel kernel = generator.generate(graph, kernel("xi", xi, "tolerance", tol, "c0", "2"));
        DMatrixRMaj k = DenseReference.ejml(kernel.matrix());
        double norm = DenseReference.maxAbs(k) * graph.size();
        int n = graph.size();
        double xiClaimed = kernel.locality().decayLength();
        assertThat(xiClaimed).as("decay length").isPositive();
        for (int i = 0; i < n; i++) {
            int[] d = graph.distancesFrom(i);
            for (int j = 0; j < n; j++) {
                assertThat(k.get(i, j)).as("K(%d, %d) = K(%d, %d)", i, j, j, i).isEqualTo(k.get(j, i));
                // the locality claim |K_ij| ≤ C0·exp(−d(i, j)/ξ) in graph distance
                double bound = d[j] == Graph.UNREACHABLE ? 0 : 2 * Math.exp(-d[j] / xiClaimed);
                assertThat(Math.abs(k.get(i, j))).as("|K(%d, %d)|, d = %d", i, j, d[j])
                        .isLessThanOrEqualTo(bound * (1 + 1e-12));
            }
        }
        double[] spectrum = DenseReference.eigenvalues(k);
        KernelFacts facts = kernel.facts();
        // every stated interval contains the dense reference's extremes, to that reference's rounding
        double rounding = PSD_TOLERANCE * norm;
        assertThat(spectrum[0]).as("λ_min").isBetween(facts.lambdaMinLower() - rounding, facts.lambdaMinUpper() + rounding);
        assertThat(spectrum[spectrum.length - 1]).as("λ_max")
                .isBetween(facts.lambdaMaxLower() - rounding, facts.lambdaMaxUpper() + rounding);
    }

    @ParameterizedTest(name = "{0}-neighbour grid")
    @CsvSource({"4, 1.4142135623730951", "8, 1.0"})
    void gridsUseEuclideanDistanceAndClaimTheDecayInHops(int connectivity, double hopsPerLength) {
        Grid grid = new Grid(12, 13, connectivity);
        Kernel kernel = generator.generate(grid, kernel("xi", "1.5", "tolerance", "1e-3", "c0", "3"));
        assertThat(kernel.matrix()).isInstanceOf(SparseMatrix.class);
        double radius = 1.5 * Math.log(1e3);
        for (int i = 0; i < grid.size(); i++) {
            for (int j = 0; j < grid.size(); j++) {
                double dr = i / 13 - j / 13;
                double dc = i % 13 - j % 13;
                double r = Math.hypot(dr, dc);
                double expected = r <= radius ? 3 * Math.exp(-r / 1.5) : 0;
                assertThat(kernel.matrix().entry(i, j)).as("K(%d, %d), r = %f", i, j, r)
                        .isCloseTo(expected, within(ENTRY_TOLERANCE * 3));
            }
        }
        assertThat(kernel.locality().decayLength()).isCloseTo(1.5 * hopsPerLength, within(1e-12));
        assertThat(kernel.report().get("effective_range")).startsWith("r <= xi0 ln(1/tolerance) = 10.3616");
    }

    @Test
    void theRingUsesTheHeatKernelOfItsClosedFormSpectrum() {
        // L of a ring: eigenvalues 2 − 2cos(2πm/n), Fourier eigenvectors, so
        // exp(−τL)_ij = (1/n)·Σ_m exp(−τ(2 − 2cos(2πm/n)))·cos(2πm(i − j)/n)
        int n = 12;
        double tau = 0.7;
        Kernel kernel = generator.generate(new Ring(n), kernel("tau", "0.7", "c0", "1.5", "tolerance", "1e-14"));
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double sum = 0;
                for (int m = 0; m < n; m++) {
                    double angle = 2 * Math.PI * m / n;
                    sum += Math.exp(-tau * (2 - 2 * Math.cos(angle))) * Math.cos(angle * (i - j));
                }
                double expected = 1.5 * sum / n;
                double stored = kernel.matrix().entry(i, j);
                assertThat(stored).as("K(%d, %d)", i, j)
                        .isCloseTo(Math.abs(expected) >= 1.5e-14 ? expected : 0, within(ENTRY_TOLERANCE));
            }
        }
        assertThat(kernel.report().get("profile")).startsWith("heat kernel C0 exp(-tau L)");
        // λ_min = C0·exp(−τ·4) (λ_max(L) = 4 for even n)
        assertThat(kernel.facts().lambdaMinLower()).isCloseTo(1.5 * Math.exp(-2.8), within(1e-6));
        assertThat(kernel.facts().definiteness()).isEqualTo(org.conelab.api.kernel.Definiteness.POSITIVE_DEFINITE);
    }

    @Test
    void aDisconnectedGraphHasExactZerosAcrossComponents() {
        Graph graph = Kernels.edges(7, 0, 1, 1, 2, 2, 0, 3, 4, 4, 5);
        Kernel kernel = generator.generate(graph, kernel());
        for (int i = 0; i < 3; i++) {
            for (int j = 3; j < 7; j++) {
                assertThat(kernel.matrix().entry(i, j)).isZero();
            }
        }
        // node 6 is isolated: exp(−τ·0) = 1
        assertThat(kernel.matrix().entry(6, 6)).isCloseTo(1.0, within(1e-14));
    }

    @Test
    void aLargeGraphWithoutEmbeddingIsRefusedNamingGraph() {
        assertThatThrownBy(() -> generator.generate(new Ring(2001), kernel()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("graph: expdecay needs a Euclidean embedding (chain, grid) or n <= 2000 for the dense heat "
                        + "kernel exp(-tau L); got ring(n=2001)");
    }

    @Test
    void largeEmbeddedGraphsSkipTheEigenvalue() {
        Kernel kernel = generator.generate(new Grid(50, 50, 8), kernel("xi", "0.5", "tolerance", "1e-3"));
        assertThat(kernel.facts().definiteness()).isEqualTo(org.conelab.api.kernel.Definiteness.UNKNOWN);
        assertThat(kernel.facts().method()).contains("not computed");
        assertThat(kernel.locality().decayLength()).isCloseTo(0.5, within(1e-15));
    }

    @Test
    void sparseStorageBeyondTheLimitIsRefused() {
        double[][] points = new double[100][];
        for (int i = 0; i < 100; i++) {
            points[i] = new double[] {i};
        }
        assertThatThrownBy(() -> EmbeddedLaplace.matrix(points, 1, 2, 50, 10_000))
                .isInstanceOf(CsrBuilder.StorageLimitException.class);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "xi        | -1   | kernel.xi: must be > 0, got '-1'",
        "xi        | 0    | kernel.xi: must be > 0, got '0'",
        "xi        | wide | kernel.xi: must be a finite number, got 'wide'",
        "c0        | 0    | kernel.c0: must be > 0, got '0'",
        "tolerance | 0    | kernel.tolerance: must be in (0, 1) (relative to C0), got '0'",
        "tolerance | 1    | kernel.tolerance: must be in (0, 1) (relative to C0), got '1'",
        "tolerance | -1e-3| kernel.tolerance: must be in (0, 1) (relative to C0), got '-1e-3'",
        "tau       | -2   | kernel.tau: must be > 0, got '-2'",
    })
    void badKeysAreNamed(String key, String value, String message) {
        for (Graph graph : new Graph[] {new Chain(10), new Ring(10), new Grid(3, 3, 4)}) {
            assertThatThrownBy(() -> generator.generate(graph, kernel(key, value)))
                    .isInstanceOf(InvalidInputException.class).hasMessage(message);
        }
    }
}
