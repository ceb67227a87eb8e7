package org.conelab.kernel.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.conelab.api.InvalidInputException;
import org.conelab.api.Parameters;
import org.conelab.api.graph.Chain;
import org.conelab.api.graph.Graph;
import org.conelab.api.kernel.Kernel;
import org.conelab.api.matrix.BandedMatrix;
import org.conelab.api.matrix.SparseMatrix;
import org.conelab.api.matrix.SymmetricMatrix;
import org.conelab.graph.EdgeListBuilder;
import org.conelab.graph.EdgeListGraph;
import org.conelab.graph.Grid;
import org.conelab.graph.Ring;
import org.conelab.numeric.CsrBuilder;
import org.conelab.testsupport.DenseReference;
import org.conelab.testsupport.EdgePairs;
import org.conelab.testsupport.TestParameters;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class GraphKernelTest {

    /** Smallest eigenvalue accepted: −{@value}·‖K‖ (rounding of the dense eigen-solver). */
    private static final double PSD_TOLERANCE = 1e-10;
    /** Agreement with an independently computed entry, relative to c. */
    private static final double ENTRY_TOLERANCE = 1e-13;

    private final GraphKernel generator = new GraphKernel();

    private static Parameters kernel(String... keyValues) {
        return TestParameters.of("kernel", keyValues);
    }

    private static EdgeListGraph edges(int n, int... pairs) {
        return new EdgeListGraph(n, EdgePairs.from(pairs), EdgePairs.to(pairs), null, null);
    }

    private static Graph twoCommunities() {
        Path file = Path.of("../../examples/graphs/two-communities.csv");
        return new EdgeListBuilder().build(120, new Parameters("graph", Map.of("file", file.toString())));
    }

    static Stream<Arguments> graphs() {
        return Stream.of(
                Arguments.of(new Chain(40)),
                Arguments.of(new Chain(2)),
                Arguments.of(new Ring(31)),
                Arguments.of(new Grid(6, 7, 4)),
                Arguments.of(new Grid(6, 7, 8)),
                Arguments.of(twoCommunities()),
                // a triangle, a path of two, and an isolated node
                Arguments.of(edges(6, 0, 1, 1, 2, 2, 0, 3, 4)));
    }

    /** @return c·((I + D^−½AD^−½)/2)^R computed densely with EJML, from the neighbour lists */
    private static DMatrixRMaj denseReference(Graph graph, int range, double scale) {
        int n = graph.size();
        DMatrixRMaj m = new DMatrixRMaj(n, n);
        for (int i = 0; i < n; i++) {
            m.set(i, i, 0.5);
            for (int j : graph.neighbours(i)) {
                m.set(i, j, 0.5 / Math.sqrt(graph.neighbours(i).length * (double) graph.neighbours(j).length));
            }
        }
        DMatrixRMaj power = m.copy();
        for (int k = 2; k <= range; k++) {
            DMatrixRMaj next = new DMatrixRMaj(n, n);
            CommonOps_DDRM.mult(power, m, next);
            power = next;
        }
        CommonOps_DDRM.scale(scale, power);
        return power;
    }

    @Test
    void workedExampleOnAPathOfThree() {
        // d = (1, 2, 1): M = [[1/2, s, 0], [s, 1/2, s], [0, s, 1/2]] with s = 1/(2√2)
        double s = 1 / (2 * Math.sqrt(2));
        Kernel one = generator.generate(edges(3, 0, 1, 1, 2), kernel("range", "1"));
        assertThat(one.matrix().entry(0, 0)).isEqualTo(0.5);
        assertThat(one.matrix().entry(0, 1)).isCloseTo(s, within(1e-16));
        assertThat(one.matrix().entry(0, 2)).isZero();
        // M² = [[3/8, 1/(2√2), 1/8], [·, 1/2, ·], …]; times c = 2
        Kernel two = generator.generate(edges(3, 0, 1, 1, 2), kernel("range", "2", "scale", "2"));
        assertThat(two.matrix().entry(0, 0)).isCloseTo(0.75, within(1e-15));
        assertThat(two.matrix().entry(0, 1)).isCloseTo(2 * s, within(1e-15));
        assertThat(two.matrix().entry(0, 2)).isCloseTo(0.25, within(1e-15));
        assertThat(two.matrix().entry(1, 1)).isCloseTo(1.0, within(1e-15));
        assertThat(two.matrix().entry(2, 2)).isCloseTo(0.75, within(1e-15));
        // the same on the API's chain, stored banded
        Kernel chain = generator.generate(new Chain(3), kernel("range", "2", "scale", "2"));
        assertThat(chain.matrix()).isInstanceOf(BandedMatrix.class);
        assertThat(chain.matrix().entry(2, 0)).isCloseTo(0.25, within(1e-15));
    }

    @Test
    void defaultsAreRangeTwoScaleOne() {
        Kernel kernel = generator.generate(new Grid(4, 4, 4), kernel());
        assertThat(kernel.locality().range()).isEqualTo(2);
        assertThat(kernel.locality().isStrictlyLocal()).isTrue();
        assertThat(kernel.matrix()).isInstanceOf(SparseMatrix.class);
        // node 5 of a 4×4 four-grid has degree 4 and neighbours of degrees 3, 3, 4, 4:
        // (M²)_55 = 1/4 + Σ_j 1/(16·d_j) = 1/4 + (1/3 + 1/3 + 1/4 + 1/4)/16 = 31/96
        assertThat(kernel.matrix().entry(5, 5)).isCloseTo(31.0 / 96, within(1e-15));
        assertThat(kernel.report()).containsKeys("profile", "range", "structure", "nnz", "storage");
        // the spectrum enclosure by construction, against the dense reference
        double[] spectrum = org.conelab.testsupport.DenseReference.eigenvalues(kernel.matrix());
        assertThat(kernel.facts().definiteness()).isEqualTo(org.conelab.api.kernel.Definiteness.POSITIVE_SEMIDEFINITE);
        assertThat(spectrum[0]).isGreaterThanOrEqualTo(kernel.facts().lambdaMinLower() - 1e-14);
        assertThat(spectrum[spectrum.length - 1]).isLessThanOrEqualTo(kernel.facts().lambdaMaxUpper() + 1e-14);
        assertThat(kernel.report()).containsEntry("structure", "sparse CSR").containsEntry("range", "2");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("graphs")
    void matchesTheDenseFormulaAndIsSymmetricPsd(Graph graph) {
        for (int range = 1; range <= 3; range++) {
            double scale = 1.5;
            SymmetricMatrix k = generator.generate(graph, kernel("range", String.valueOf(range), "scale", "1.5")).matrix();
            DMatrixRMaj reference = denseReference(graph, range, scale);
            DMatrixRMaj dense = DenseReference.ejml(k);
            for (int i = 0; i < graph.size(); i++) {
                for (int j = 0; j < graph.size(); j++) {
                    assertThat(dense.get(i, j)).as("K(%d, %d), R = %d", i, j, range).isEqualTo(dense.get(j, i))
                            .isCloseTo(reference.get(i, j), within(ENTRY_TOLERANCE * scale));
                }
            }
            double[] spectrum = DenseReference.eigenvalues(dense);
            assertThat(spectrum[0]).as("λ_min, R = %d", range).isGreaterThanOrEqualTo(-PSD_TOLERANCE * scale);
            assertThat(spectrum[spectrum.length - 1]).as("λ_max ≤ c").isLessThanOrEqualTo(scale * (1 + PSD_TOLERANCE));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("graphs")
    void isZeroExactlyBeyondRangeAndPositiveWithin(Graph graph) {
        for (int range = 1; range <= 4; range++) {
            SymmetricMatrix k = generator.generate(graph, kernel("range", String.valueOf(range))).matrix();
            for (int i = 0; i < graph.size(); i++) {
                int[] d = graph.distancesFrom(i);
                for (int j = 0; j < graph.size(); j++) {
                    if (d[j] > range) {
                        assertThat(k.entry(i, j)).as("K(%d, %d), d = %d > R = %d", i, j, d[j], range).isZero();
                    } else {
                        assertThat(k.entry(i, j)).as("K(%d, %d), d = %d ≤ R = %d", i, j, d[j], range).isPositive();
                    }
                }
            }
        }
    }

    @Test
    void aChainIsBandedAndEqualsTheGeneralSparsePath() {
        for (int n = 1; n <= 30; n++) {
            int[] pairs = new int[2 * (n - 1)];
            for (int i = 0; i + 1 < n; i++) {
                pairs[2 * i] = i;
                pairs[2 * i + 1] = i + 1;
            }
            for (int range = 1; range <= 4; range++) {
                Kernel banded = generator.generate(new Chain(n), kernel("range", String.valueOf(range)));
                SymmetricMatrix general = generator.generate(edges(n, pairs), kernel("range", String.valueOf(range))).matrix();
                assertThat(banded.matrix()).isInstanceOf(BandedMatrix.class);
                assertThat(banded.matrix().halfBandwidth()).isEqualTo(Math.min(range, n - 1));
                assertThat(banded.report().get("structure")).isEqualTo("banded (half-bandwidth " + Math.min(range, n - 1) + ")");
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < n; j++) {
                        assertThat(banded.matrix().entry(i, j)).as("n = %d, R = %d, K(%d, %d)", n, range, i, j)
                                .isCloseTo(general.entry(i, j), within(ENTRY_TOLERANCE));
                    }
                }
            }
        }
    }

    @Test
    void aLongChainStoresOnlyTheBand() {
        int n = 100_000;
        Kernel kernel = generator.generate(new Chain(n), kernel("range", "3"));
        assertThat(kernel.matrix().storageBytes()).isEqualTo(8L * (4L * n - 6));
        // interior entries are the stencil of ((I + N)/2)³ with N = (shift + shift⁻¹)/2: (10, 15, 6, 1)/32
        assertThat(kernel.matrix().entry(50_000, 50_000)).isCloseTo(10.0 / 32, within(1e-15));
        assertThat(kernel.matrix().entry(50_000, 50_001)).isCloseTo(15.0 / 64, within(1e-15));
        assertThat(kernel.matrix().entry(50_000, 50_003)).isCloseTo(1.0 / 64, within(1e-15));
        assertThat(kernel.report()).containsEntry("nnz", String.valueOf(7L * n - 12));
    }

    @Test
    void sparseStorageHasTheNeighbourhoodSizes() {
        // 20×20 four-grid, R = 2: interior neighbourhoods have 13 nodes
        Kernel kernel = generator.generate(new Grid(20, 20, 4), kernel("range", "2"));
        SparseMatrix sparse = (SparseMatrix) kernel.matrix();
        int interior = 10 * 20 + 10;
        assertThat(sparse.rowStart()[interior + 1] - sparse.rowStart()[interior]).isEqualTo(13);
        assertThat(kernel.report()).containsEntry("nnz", String.valueOf(sparse.values().length));
    }

    @Test
    void aProductBeyondTheByteLimitIsRefused() {
        SparseMatrix walk = LazyWalk.of(new Grid(10, 10, 8));
        assertThatThrownBy(() -> SparseProducts.multiply(walk, walk, 1000))
                .isInstanceOf(CsrBuilder.StorageLimitException.class);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "range | 0    | kernel.range: must be an integer >= 1 (hops of message passing), got '0'",
        "range | -3   | kernel.range: must be an integer >= 1 (hops of message passing), got '-3'",
        "range | two  | kernel.range: must be an integer, got 'two'",
        "range | 1.5  | kernel.range: must be an integer, got '1.5'",
        "scale | 0    | kernel.scale: must be > 0, got '0'",
        "scale | -1   | kernel.scale: must be > 0, got '-1'",
        "scale | NaN  | kernel.scale: must be a finite number, got 'NaN'",
    })
    void badKeysAreNamed(String key, String value, String message) {
        assertThatThrownBy(() -> generator.generate(new Ring(5), kernel(key, value)))
                .isInstanceOf(InvalidInputException.class).hasMessage(message);
    }
}
