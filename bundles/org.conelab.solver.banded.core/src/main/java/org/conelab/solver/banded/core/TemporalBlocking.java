package org.conelab.solver.banded.core;

import org.conelab.api.InvalidInputException;
import org.conelab.api.solver.StepObserver;
import org.conelab.numeric.SolverArguments;

/**
 * Evolution e ← e − η·K·(w∘e) and the product y = K·(w∘x) by temporal blocking: the chain is
 * cut into tiles ({@link Tiling}) and each tile is advanced several time steps while its data
 * sit in cache, instead of streaming the whole vector through memory once per step.
 *
 * <p><b>Why it is exact.</b> Row g of one step reads the state at rows g − R … g + R only
 * (K is banded with stored half-bandwidth R). So s steps of the rows [a, b) depend only on the
 * state at [a − s·R, b + s·R) — the light cone of the paper, Theorem 2 — and a tile copies
 * that window (clamped to the chain), advances it s steps on a shrinking valid range
 * [a − (s − k)·R, b + (s − k)·R) after step k, and writes back [a, b). Where the window is
 * clamped at an end of the chain, the end is the true boundary and nothing shrinks. Tiles read
 * the state of the block's start and write a second array, so they are independent and run in
 * parallel; the arrays swap after each block. Every row is computed with the same operations
 * in the same order as a step over the whole vector, so the result does not depend on the
 * tiling (the SIMD and scalar sweeps may differ from each other by rounding).
 *
 * <p>Blocks never cross an observer step: the observer sees the state at t = 0, at every
 * multiple of {@code interval} and at t = T, and a block ends at each of them.
 */
public final class TemporalBlocking {

    /** Below this many rows the threads cost more than they save. */
    static final int PARALLEL_MIN_ROWS = 1 << 16;
    /** Rows per task of the final copy: far more work than taking a task costs. */
    static final int COPY_CHUNK = 1 << 16;
    /** Doubles in a 4 KiB page. */
    static final int PAGE_DOUBLES = 512;
    /** Added to whole pages: 126 doubles and a 16-byte header make 1 KiB. */
    static final int STAGGER_DOUBLES = 126;
    /** The longest array HotSpot allocates. */
    private static final long MAX_ARRAY_LENGTH = Integer.MAX_VALUE - 8;

    private final Sweeps sweeps;
    private final ParallelTiles parallel;
    private final Tiling fixedTiling;
    private final SpareVector spare = new SpareVector();

    /**
     * @param sweeps the hot loops
     * @param parallel the threads
     * @param fixedTiling the tiling to use, or null for {@link Tiling#forMachine} per matrix
     */
    public TemporalBlocking(Sweeps sweeps, ParallelTiles parallel, Tiling fixedTiling) {
        this.sweeps = sweeps;
        this.parallel = parallel;
        this.fixedTiling = fixedTiling;
    }

    /**
     * Evolves e ← (I − η·K·W)·e in place for {@code steps} steps.
     *
     * <p>The weights are checked on the way: the first block's tiles check the rows they own
     * (each w_i once, in parallel, while the tile reads them into η·w anyway) before the
     * observer sees t = 0, and that block writes only the second state vector, so a bad weight
     * throws before the observer is called and leaves e as it was. The second state vector is
     * the engine's spare ({@link SpareVector}) when it has length n, and the final copy into e
     * (when the state ends in it) is split over the threads like the tiles.
     *
     * @param band K
     * @param w the weights, length n (checked by the caller); each must be a finite number &gt; 0
     * @param eta η
     * @param error e_0 on entry, e_t on return (t = the steps taken)
     * @param steps T ≥ 0
     * @param interval observer interval ≥ 1
     * @param observer called at t = 0, every {@code interval} steps and at t = T
     * @return the steps taken: T, or the step at which the observer returned false
     * @throws org.conelab.api.InvalidInputException naming {@code weights[i]} for the first weight
     *     that is not a finite number &gt; 0, before the observer is called
     */
    public int evolve(Band band, double[] w, double eta, double[] error, int steps, int interval,
            StepObserver observer) {
        int n = band.size();
        if (steps == 0) {
            SolverArguments.weights(w, n);
            observer.observe(0, error);
            return 0;
        }
        Tiling tiling = tilingFor(band);
        // when a block's halos span the chain, tiles would only repeat work: use one
        boolean spanned = 2L * tiling.blockSteps() * band.bandwidth() >= n;
        int tiles = spanned ? 1 : tileCount(n, tiling.tile());
        int tile = spanned ? n : tiling.tile();
        double[] source = error;
        double[] target = spare.take(n);
        int t = 0;
        while (t < steps) {
            int next = (int) Math.min(steps, ((long) t / interval + 1) * interval);
            // the steps left before the observer, in equal blocks of at most blockSteps
            int left = next - t;
            int s = tiles == 1 ? left : ceilDiv(left, ceilDiv(left, tiling.blockSteps()));
            if (t == 0) {
                checkedBlock(band, w, eta, source, target, s, tile, tiles);
                if (!observer.observe(0, error)) {
                    spare.give(target);
                    return 0;
                }
            } else {
                block(band, w, eta, source, target, s, tile, tiles, false);
            }
            double[] swap = source;
            source = target;
            target = swap;
            t += s;
            if (t == next && !observer.observe(t, source)) {
                break;
            }
        }
        double[] work = source == error ? target : source;
        if (source != error) {
            copy(source, error, n);
        }
        spare.give(work);
        return t;
    }

    /**
     * The first block, checking the weights in its tiles; a tile that meets a bad weight throws,
     * and then the whole vector is checked in order, so that the exception names the first bad
     * weight whichever tile failed first.
     */
    private void checkedBlock(Band band, double[] w, double eta, double[] source, double[] target, int s, int tile,
            int tiles) {
        try {
            block(band, w, eta, source, target, s, tile, tiles, true);
        } catch (InvalidInputException e) {
            SolverArguments.weights(w, band.size());
            throw e;
        }
    }

    /** to[0, n) ← from[0, n), in chunks of {@value #COPY_CHUNK} on the threads. */
    private void copy(double[] from, double[] to, int n) {
        parallel.forEachTask(tileCount(n, COPY_CHUNK), n >= PARALLEL_MIN_ROWS, () -> k -> {
            int a = k * COPY_CHUNK;
            System.arraycopy(from, a, to, a, Math.min(COPY_CHUNK, n - a));
        });
    }

    /**
     * y ← K·(w∘x), tile by tile.
     *
     * @param band K
     * @param w the weights, length n
     * @param x the input, length n, not modified
     * @param y the output, length n, overwritten (must not be x)
     */
    public void product(Band band, double[] w, double[] x, double[] y) {
        int n = band.size();
        int r = band.bandwidth();
        int tile = 2L * r >= n ? n : tilingFor(band).tile();
        int tiles = tileCount(n, tile);
        parallel.forEachTask(tiles, n >= PARALLEL_MIN_ROWS, () -> {
            int length = (int) Math.min(n, (long) tile + 2L * r);
            double[] z = new double[length];
            double[] local = new double[length];
            return k -> {
                int a = k * tile;
                int b = (int) Math.min(n, (long) a + tile);
                int lo = Math.max(0, a - r);
                int hi = (int) Math.min(n, (long) b + r);
                // z = w∘x on the tile and its halo
                sweeps.weigh(1.0, w, lo, copy(x, lo, hi, local), z, 0, hi - lo);
                band.apply(sweeps, lo, z, local, a, b);
                System.arraycopy(local, a - lo, y, a, b - a);
            };
        });
    }

    /** @return the tiling evolve and product use for this band */
    public Tiling tilingFor(Band band) {
        return fixedTiling != null ? fixedTiling : Tiling.forMachine(band);
    }

    /**
     * The length of each of a tile's four work arrays for {@code rows} rows: {@code rows} rounded
     * up to whole 4 KiB pages of doubles, plus {@value #STAGGER_DOUBLES}. A thread allocates the
     * four one after the other, and its allocation buffer places them end to end; of length
     * {@code rows} (a tile and its halos, often a multiple of 512) they started 16 bytes apart
     * (an array's header) modulo 4 KiB, so element i of each shared its low twelve address bits
     * with element i of the others. Staggered, consecutive arrays start 1 KiB apart modulo 4 KiB
     * (with the usual 16-byte header). Measured on a 2-core AMD EPYC (Zen 4, AVX-512, 1 MiB L2),
     * tri-diagonal evolve, n = 10⁷, four fresh JVMs each ({@code run.sh --interleaved --jvms 4}):
     * scaling from one thread to two 1.75–1.83 before, 1.88–1.97 after (README "Solvers and speed"). Only the first
     * {@code rows} elements are used, so the rest costs address space, not cache.
     *
     * @return at least {@code rows}; {@code rows} itself where the staggered length would not fit an array
     */
    static int staggeredLength(int rows) {
        long staggered = ((long) rows + PAGE_DOUBLES - 1) / PAGE_DOUBLES * PAGE_DOUBLES + STAGGER_DOUBLES;
        return staggered <= MAX_ARRAY_LENGTH ? (int) staggered : rows;
    }

    private static int ceilDiv(int a, int b) {
        return (int) (((long) a + b - 1) / b);
    }

    private static int tileCount(int n, int tile) {
        return (int) (((long) n + tile - 1) / tile);
    }

    private static double[] copy(double[] from, int lo, int hi, double[] into) {
        System.arraycopy(from, lo, into, 0, hi - lo);
        return into;
    }

    /**
     * Advances every tile s steps from {@code source} into {@code target}; with {@code check},
     * each tile first checks the weights of the rows it owns.
     */
    private void block(Band band, double[] w, double eta, double[] source, double[] target, int s, int tile,
            int tiles, boolean check) {
        int n = band.size();
        long halo = (long) s * band.bandwidth();
        parallel.forEachTask(tiles, n >= PARALLEL_MIN_ROWS, () -> {
            int length = staggeredLength((int) Math.min(n, tile + 2 * halo));
            double[][] work = {new double[length], new double[length], new double[length], new double[length]};
            return k -> {
                int a = k * tile;
                int b = (int) Math.min(n, (long) a + tile);
                if (check) {
                    SolverArguments.weights(w, n, a, b);
                }
                advanceTile(band, w, eta, source, target, a, b, s, halo, work);
            };
        });
    }

    /** Advances rows [a, b) by s steps, reading {@code source} and writing {@code target}. */
    private void advanceTile(Band band, double[] w, double eta, double[] source, double[] target, int a, int b,
            int s, long halo, double[][] work) {
        int n = band.size();
        int r = band.bandwidth();
        int lo = (int) Math.max(0, a - halo);
        int hi = (int) Math.min(n, b + halo);
        double[] u = work[0];
        double[] v = work[1];
        double[] sw = work[2];
        double[] z = work[3];
        System.arraycopy(source, lo, u, 0, hi - lo);
        for (int i = 0; i < hi - lo; i++) {
            // sw = η·w on the window, once per block
            sw[i] = eta * w[lo + i];
        }
        int validLo = lo;
        int validHi = hi;
        for (int k = 1; k <= s; k++) {
            // the valid range shrinks by R per step, except at the ends of the chain
            int nextLo = lo == 0 ? 0 : validLo + r;
            int nextHi = hi == n ? n : validHi - r;
            // v = u − K·(sw∘u)
            band.step(sweeps, lo, sw, u, z, v, nextLo, nextHi);
            double[] swap = u;
            u = v;
            v = swap;
            validLo = nextLo;
            validHi = nextHi;
        }
        System.arraycopy(u, a - lo, target, a, b - a);
    }
}
