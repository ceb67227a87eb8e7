package org.conelab.graph;

import org.conelab.api.graph.Graph;

/**
 * The cycle 0 − 1 − … − (n−1) − 0 on n ≥ 3 nodes, with d(i, j) = min(|i − j|, n − |i − j|).
 * It has no Euclidean embedding in which hop distance is the Euclidean one, so
 * {@link #position} stays empty.
 */
public final class Ring implements Graph {

    private final int size;

    /** @param size the number of nodes n ≥ 3 */
    public Ring(int size) {
        if (size < 3) {
            throw new IllegalArgumentException("a ring needs at least 3 nodes, got " + size);
        }
        this.size = size;
    }

    @Override
    public int size() {
        return size;
    }

    /** @return the two nodes (i ± 1) mod n, ascending */
    @Override
    public int[] neighbours(int node) {
        int previous = (node - 1 + size) % size;
        int next = (node + 1) % size;
        return previous < next ? new int[] {previous, next} : new int[] {next, previous};
    }

    @Override
    public int[] distancesFrom(int source) {
        return BreadthFirstSearch.distances(this, source);
    }

    @Override
    public String description() {
        return "ring(n=" + size + ")";
    }
}
