package org.conelab.api.graph;

/**
 * The path graph 0 − 1 − … − (n−1), with d(i, j) = |i − j|.
 *
 * @param size the number of nodes n ≥ 1
 */
public record Chain(int size) implements Graph {

    /** Rejects an empty chain. */
    public Chain {
        if (size < 1) {
            throw new IllegalArgumentException("a chain needs at least one node, got " + size);
        }
    }

    @Override
    public int[] neighbours(int node) {
        if (size == 1) {
            return new int[0];
        }
        if (node == 0) {
            return new int[] {1};
        }
        if (node == size - 1) {
            return new int[] {size - 2};
        }
        return new int[] {node - 1, node + 1};
    }

    @Override
    public int[] distancesFrom(int source) {
        int[] distance = new int[size];
        for (int i = 0; i < size; i++) {
            distance[i] = Math.abs(i - source);
        }
        return distance;
    }

    @Override
    public java.util.Optional<double[]> position(int node) {
        return java.util.Optional.of(new double[] {node});
    }

    @Override
    public String description() {
        return "chain(n=" + size + ")";
    }
}
