package org.conelab.kernel.expdecay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conelab.kernel.expdecay.Kernels.kernel;

import org.conelab.api.graph.Chain;
import org.conelab.api.kernel.Kernel;
import org.junit.jupiter.api.Test;

/**
 * The memory check: expdecay on a chain of n = 10⁷ nodes with the default keys is a
 * stencil of R_eff + 1 = 56 coefficients, so it generates in a few hundred bytes of storage
 * and no measurable heap. Prints both figures.
 */
class ChainOfTenMillionTest {

    private static final int N = 10_000_000;
    /** Heap growth allowed while generating: far below 1 GB (a dense K would need 8·10¹⁴ bytes). */
    private static final long HEAP_LIMIT = 64L << 20;

    @Test
    void generatesInAFewHundredBytes() {
        long before = usedAfterGc();
        long start = System.nanoTime();
        Kernel kernel = new ExpDecayKernel().generate(new Chain(N), kernel());
        long millis = (System.nanoTime() - start) / 1_000_000;
        long after = usedAfterGc();
        long storage = kernel.matrix().storageBytes();
        System.out.printf("expdecay on chain(n=%d): storage %d bytes (%s), heap used %d -> %d bytes after GC (delta %d), %d ms%n",
                N, storage, kernel.report().get("structure"), before, after, after - before, millis);
        assertThat(storage).isEqualTo(8L * 56);
        assertThat(after - before).isLessThan(HEAP_LIMIT);
        assertThat(kernel.matrix().entry(N - 1, N - 56)).isEqualTo(kernel.matrix().entry(0, 55)).isPositive();
        assertThat(kernel.matrix().entry(N / 2, N / 2 + 56)).isZero();
    }

    private static long usedAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int k = 0; k < 3; k++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
