package org.conelab.solver.banded.core;

/**
 * How temporal blocking cuts the chain: tiles of {@code tile} rows, advanced up to
 * {@code blockSteps} time steps at a time.
 *
 * <p>A tile advanced s steps reads its rows plus a halo of s·R rows on each side (influence
 * moves at most R rows per step), so the work arrays of a tile hold tile + 2·s·R rows of the
 * state, its successor, η·w and the weighted state ({@value #VECTORS_PER_ROW} doubles a row),
 * plus, for a banded matrix, the R + 1 diagonals it reads. {@link #forCache} sizes that window
 * to 1/{@value #CACHE_SHARE} of the per-core level-2 cache — the rest holds the block's streams
 * of the state and the weights, the other arrays of the step and what the other hardware
 * threads of the core use — and takes as many steps s as keep the halo's extra work below about
 * 1/{@value #HALO_RATIO} of the tile's ((s − 1)·R/tile), at most {@value #MAX_BLOCK_STEPS}:
 * beyond that, memory traffic (one read and one write of the state per block, 1/s of a step's)
 * is already far below the time of the steps. {@link #forMachine} uses the caches the machine
 * reports ({@link CacheSizes#machine()}).
 *
 * @param tile rows per tile, ≥ 1
 * @param blockSteps the most time steps per block, ≥ 1
 */
public record Tiling(int tile, int blockSteps) {

    /** The tile's working set is at most this fraction (1/share) of the per-core L2. */
    static final int CACHE_SHARE = 4;
    /** Doubles per row that every tile holds: state, successor, η·w, weighted state. */
    static final int VECTORS_PER_ROW = 4;
    /** The tile is at least this many times the halo 2·s·R. */
    static final int HALO_RATIO = 8;
    /** More steps per block gain little once memory traffic is amortised. */
    static final int MAX_BLOCK_STEPS = 64;
    /** Smallest tile worth a task. */
    static final int MIN_TILE = 256;

    /** Checks the sizes. */
    public Tiling {
        if (tile < 1 || blockSteps < 1) {
            throw new IllegalArgumentException("tile and blockSteps must be >= 1, got " + tile + ", " + blockSteps);
        }
    }

    /** @return the tiling of {@link #forCache} for the caches of this machine */
    public static Tiling forMachine(Band band) {
        return forCache(band, CacheSizes.machine().level2());
    }

    /**
     * @param band K
     * @param level2Bytes the per-core level-2 cache, bytes, &gt; 0
     * @return a tiling whose tile working set (tile + 2·s·R rows) fits 1/{@value #CACHE_SHARE} of it
     */
    public static Tiling forCache(Band band, long level2Bytes) {
        if (level2Bytes <= 0) {
            throw new IllegalArgumentException("the cache size must be > 0, got " + level2Bytes);
        }
        int r = Math.max(band.bandwidth(), 1);
        int perRow = VECTORS_PER_ROW + (band.isStencil() ? 0 : band.bandwidth() + 1);
        long rows = level2Bytes / CACHE_SHARE / Double.BYTES / perRow;
        int window = (int) Math.max(1, Math.min(rows, Integer.MAX_VALUE / 2));
        // s·2R·HALO_RATIO ≤ window
        int steps = (int) Math.max(1, Math.min(MAX_BLOCK_STEPS, window / (2L * HALO_RATIO * r)));
        int tile = (int) Math.min(Integer.MAX_VALUE, Math.max(Math.max(window - 2L * steps * r, 4L * r), MIN_TILE));
        return new Tiling(tile, steps);
    }
}
