package org.conelab.api.graph;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * The samples as nodes 0 … n−1 of an undirected graph with the hop distance d(i, j).
 */
@ConsumerType
public interface Graph {

    /** Distance to a node that cannot be reached from the source. */
    int UNREACHABLE = Integer.MAX_VALUE;

    /** @return the number of nodes n ≥ 1 */
    int size();

    /** @return the nodes adjacent to {@code node}, without {@code node} itself */
    int[] neighbours(int node);

    /**
     * @return d(source, i) for every node i: 0 at the source, {@link #UNREACHABLE} where no
     *     path exists
     */
    int[] distancesFrom(int source);

    /** @return a short human description such as {@code chain(n=201)} */
    String description();

    /**
     * @param node a node
     * @return the node's coordinates in a Euclidean embedding where the graph has a natural one
     *     (a chain's index, a grid's row and column), or empty
     */
    default java.util.Optional<double[]> position(int node) {
        return java.util.Optional.empty();
    }
}
