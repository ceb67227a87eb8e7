package org.conelab.numeric;

import java.util.Arrays;
import org.conelab.api.graph.Graph;

/**
 * Whether a graph is the path 0 – 1 – … – n−1 in node order, asked of the graph itself (its
 * adjacency) rather than of its class: on such a graph the hop distance is the index distance,
 * d(i, j) = |i − j|, so a matrix's half-bandwidth is a range in graph distance, signed offsets
 * i − j are positions on a line with spacing 1, and a one-dimensional field theory applies.
 */
public final class IndexPath {

    private IndexPath() {
    }

    /**
     * @param graph any graph
     * @return true exactly when node i's neighbours are {i − 1, i + 1} ∩ [0, n) for every i
     */
    public static boolean is(Graph graph) {
        int n = graph.size();
        for (int i = 0; i < n; i++) {
            int[] neighbours = graph.neighbours(i).clone();
            Arrays.sort(neighbours);
            int[] expected = i == 0 ? (n > 1 ? new int[] {1} : new int[0])
                    : i == n - 1 ? new int[] {i - 1} : new int[] {i - 1, i + 1};
            if (!Arrays.equals(neighbours, expected)) {
                return false;
            }
        }
        return true;
    }
}
