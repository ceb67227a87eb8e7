package org.conelab.solver.dense;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.conelab.api.InvalidInputException;
import org.conelab.api.matrix.StencilMatrix;
import org.conelab.api.solver.LinearDynamics;
import org.conelab.numeric.HeapBudget;
import org.conelab.testsupport.RandomMatrices;
import org.conelab.testsupport.RandomVectors;
import org.conelab.testsupport.Storage;
import org.conelab.testsupport.ToeplitzSpectrum;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The dense solver's use of the {@link HeapBudget}: what it counts and when it refuses. */
class DenseMemoryTest {

    private static final long SIX_GIB = 6L << 30;

    @Test
    void refusesWithAMessageNamingNAndTheLimit() {
        DenseSolver solver = new DenseSolver(new HeapBudget(SIX_GIB));
        // 8·10¹⁰ bytes = 74.5 GiB, in one array of 10¹⁰ > 2³¹ entries
        assertThatThrownBy(() -> solver.requireHeap(100_000, 1, 0))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("n: n = 100000 needs 74.5 GiB for dense n×n storage (1 × 8·n² bytes), which a banded or"
                        + " matrix-free solver avoids; the heap limit is 6.0 GiB (-Xmx); one array would exceed 2^31 entries")
                .extracting(e -> ((InvalidInputException) e).subject()).isEqualTo("n");
    }

    @Test
    void acceptsWhatFitsAndCountsCopiesAndExtraStorage() {
        DenseSolver solver = new DenseSolver(new HeapBudget(SIX_GIB));
        // 2 × 8·1000² = 16 MB
        assertThatCode(() -> solver.requireHeap(1000, 2, 0)).doesNotThrowAnyException();
        // 8·20000² = 3.0 GiB fits once, not twice
        assertThatCode(() -> solver.requireHeap(20_000, 1, 0)).doesNotThrowAnyException();
        assertThatThrownBy(() -> solver.requireHeap(20_000, 3, 0)).isInstanceOf(InvalidInputException.class);
        // the extra doubles count: 6 GiB of columns and one byte more
        assertThatThrownBy(() -> solver.requireHeap(10, 0, (double) (SIX_GIB / 8) + 1))
                .hasMessageContaining("and the stored columns");
    }

    @Test
    void countsBytesWithoutOverflow() {
        // 8·n² for n = 2·10⁶ is 3.2·10¹³ (beyond int); for n = 2·10⁹ it is beyond long
        assertThat(Double.BYTES * DenseSolver.storedDoubles(2_000_000, 1, 0)).isEqualTo(3.2e13);
        assertThat(Double.BYTES * DenseSolver.storedDoubles(2_000_000_000, 3, 0)).isEqualTo(9.6e19);
        assertThat(HeapBudget.format(3.2e13)).isEqualTo("29.1 TiB");
        assertThat(HeapBudget.format(512)).isEqualTo("512 bytes");
        assertThat(HeapBudget.format(1536)).isEqualTo("1.5 KiB");
    }

    @Test
    void everyOperationRefusesAHugeProblemBeforeAllocatingIt() {
        int n = 2_000_000;
        DenseSolver solver = new DenseSolver();
        StencilMatrix k = new StencilMatrix(n, new double[] {1.0, 0.4});
        double[] vector = new double[n];
        LinearDynamics dynamics = new LinearDynamics(k, RandomVectors.ones(n), 0.5);

        // 8·n² = 29.1 TiB per copy: had anything been allocated, this would be an OutOfMemoryError
        for (Executable operation : new Executable[] {
            () -> solver.evolve(dynamics, vector, 1, 1, (t, e) -> true),
            () -> solver.response(dynamics, 0, 1),
            () -> solver.solve(k, vector),
            () -> solver.eigenvalues(k, RandomVectors.ones(n)),
            () -> solver.extremes(k, RandomVectors.ones(n))}) {
            assertThatThrownBy(operation::execute)
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageStartingWith("n: n = 2000000 needs ")
                    .hasMessageContaining("TiB")
                    .hasMessageContaining("the heap limit is ")
                    .hasMessageContaining("(-Xmx)");
        }
        assertThat(solver.supports(k)).isFalse();
    }

    @Test
    void aSmallHeapIsCheckedEvenForSmallN() {
        // 8·20² = 3200 bytes > 1000 bytes
        DenseSolver solver = new DenseSolver(new HeapBudget(1000));
        assertThatThrownBy(() -> solver.eigenvalues(ToeplitzSpectrum.matrix(20, 1, 0.4), RandomVectors.ones(20)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("the heap limit is 1000 bytes");
    }

    @Test
    void supportsEveryStructureUpToTheOrderLimit() {
        DenseSolver solver = new DenseSolver(new HeapBudget(Long.MAX_VALUE));
        assertThat(solver.supports(ToeplitzSpectrum.matrix(DenseSolver.MAX_ORDER, 1, 0.4))).isTrue();
        assertThat(solver.supports(ToeplitzSpectrum.matrix(DenseSolver.MAX_ORDER + 1, 1, 0.4))).isFalse();
        assertThat(solver.supports(RandomMatrices.banded(10, 2, 1))).isTrue();
        assertThat(solver.supports(Storage.sparse(RandomMatrices.sparseEntries(10, 2, 2)))).isTrue();
        assertThat(solver.supports(Storage.dense(RandomMatrices.spdEntries(10, 3)))).isTrue();

        // beyond the limit with a heap that would fit: an IllegalArgumentException, not a memory refusal
        StencilMatrix big = ToeplitzSpectrum.matrix(5000, 1, 0.4);
        assertThatThrownBy(() -> solver.extremes(big, RandomVectors.ones(5000)))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("n <= 4096");
    }
}
