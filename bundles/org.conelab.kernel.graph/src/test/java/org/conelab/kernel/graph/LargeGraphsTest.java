package org.conelab.kernel.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.conelab.api.Parameters;
import org.conelab.api.graph.Chain;
import org.conelab.api.kernel.Kernel;
import org.conelab.api.matrix.SparseMatrix;
import org.conelab.graph.Grid;
import org.junit.jupiter.api.Test;

/**
 * The sizes the issue asks for: a chain of 10⁷ nodes stored banded (never dense), and a
 * 1000×1000 four-neighbour grid with R = 2 stored sparse. Prints storage, heap and time.
 */
class LargeGraphsTest {

    /** Heap growth allowed for the chain: well under 1 GB. */
    private static final long CHAIN_HEAP_LIMIT = 512L << 20;

    private final GraphKernel generator = new GraphKernel();

    @Test
    void aChainOfTenMillionIsBandedInAQuarterGigabyte() {
        int n = 10_000_000;
        long before = usedAfterGc();
        long start = System.nanoTime();
        Kernel kernel = generator.generate(new Chain(n), new Parameters("kernel", Map.of("range", "2")));
        long millis = (System.nanoTime() - start) / 1_000_000;
        long after = usedAfterGc();
        System.out.printf("graph kernel R=2 on chain(n=%d): storage %d bytes, heap delta %d bytes after GC, %d ms%n",
                n, kernel.matrix().storageBytes(), after - before, millis);
        // three diagonals of n, n − 1, n − 2 doubles
        assertThat(kernel.matrix().storageBytes()).isEqualTo(8L * (3L * n - 3));
        assertThat(after - before).isLessThan(CHAIN_HEAP_LIMIT);
        // interior stencil of ((I + N)/2)² = (S⁻¹ + 2 + S)²/16: (6, 4, 1)/16
        assertThat(kernel.matrix().entry(n / 2, n / 2)).isCloseTo(6.0 / 16, within(1e-15));
        assertThat(kernel.matrix().entry(n / 2, n / 2 + 2)).isCloseTo(1.0 / 16, within(1e-15));
    }

    @Test
    void aMillionNodeGridWithRangeTwo() {
        Grid grid = new Grid(1000, 1000, 4);
        long start = System.nanoTime();
        Kernel kernel = generator.generate(grid, new Parameters("kernel", Map.of("range", "2")));
        long millis = (System.nanoTime() - start) / 1_000_000;
        SparseMatrix k = (SparseMatrix) kernel.matrix();
        System.out.printf("graph kernel R=2 on %s: nnz %d, storage %d bytes, %d ms%n",
                grid.description(), k.values().length, k.storageBytes(), millis);
        // every node's 2-hop neighbourhood: 13 nodes inside, fewer near the border
        assertThat((long) k.values().length).isEqualTo(neighbourhoodSizes(1000));
        // interior: (M²)_ii = 1/4 + 4·1/(16·4) = 5/16
        int node = 500 * 1000 + 500;
        assertThat(k.entry(node, node)).isCloseTo(5.0 / 16, within(1e-15));
        assertThat(k.entry(node, node + 2002)).isZero();
    }

    /** @return Σ_i |{j : |Δrow| + |Δcol| ≤ 2}| on a side × side grid, by brute force */
    private static long neighbourhoodSizes(int side) {
        long total = 0;
        for (int row = 0; row < side; row++) {
            for (int col = 0; col < side; col++) {
                for (int dr = -2; dr <= 2; dr++) {
                    for (int dc = -2; dc <= 2; dc++) {
                        int r = row + dr;
                        int c = col + dc;
                        if (Math.abs(dr) + Math.abs(dc) <= 2 && r >= 0 && r < side && c >= 0 && c < side) {
                            total++;
                        }
                    }
                }
            }
        }
        return total;
    }

    private static long usedAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int k = 0; k < 3; k++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
