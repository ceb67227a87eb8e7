package org.conelab.solver.banded.scalar.core;

/**
 * How temporal blocking cuts the chain: tiles of {@code tile} rows, advanced up to
 * {@code blockSteps} time steps at a time.
 *
 * <p>A tile advanced s steps reads its rows plus a halo of s·R rows on each side (influence
 * moves at most R rows per step), so the work array of a tile holds tile + 2·s·R rows of the
 * state, the weighted state and its successor, plus the weights and, for a banded matrix, the
 * R + 1 diagonals. {@link #cacheSized} picks tile and s so that this fits in
 * {@value #CACHE_BUDGET_BYTES} bytes (a quarter of the 2 MiB per-core L2 cache of the
 * machines this was tuned on) and the halo costs at most about 1/{@value #HALO_RATIO} of the
 * tile's work.
 *
 * @param tile rows per tile, ≥ 1
 * @param blockSteps the most time steps per block, ≥ 1
 */
public record Tiling(int tile, int blockSteps) {

    /** The working set of one tile, in bytes. */
    static final int CACHE_BUDGET_BYTES = 512 * 1024;
    /** Doubles per row that every tile holds: state, successor, weighted state, weight. */
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

    /** @return a tiling whose tile working set fits the cache budget for this band */
    public static Tiling cacheSized(Band band) {
        int r = Math.max(band.bandwidth(), 1);
        int perRow = VECTORS_PER_ROW + (band.isStencil() ? 0 : band.bandwidth() + 1);
        int window = Math.max(CACHE_BUDGET_BYTES / Double.BYTES / perRow, 1);
        // s·2R·HALO_RATIO ≤ window
        int steps = Math.max(1, Math.min(MAX_BLOCK_STEPS, window / (2 * HALO_RATIO * r)));
        int tile = Math.max(Math.max(window - 2 * steps * r, 4 * r), MIN_TILE);
        return new Tiling(tile, steps);
    }
}
