package org.conelab.graph;

import java.util.Arrays;
import org.conelab.api.graph.Graph;

/**
 * Hop distances by breadth-first search (Cormen et al., <i>Introduction to Algorithms</i>,
 * §22.2): nodes are taken from a FIFO queue in order of distance, and each unvisited neighbour
 * of a node at distance d gets distance d + 1. Cost O(n + m) for n nodes and m edges. Nodes in
 * another connected component keep {@link Graph#UNREACHABLE}.
 */
public final class BreadthFirstSearch {

    private BreadthFirstSearch() {
    }

    /**
     * @param graph the graph, read through {@link Graph#neighbours}
     * @param source the start node, in [0, n)
     * @return d(source, i) for every node i, {@link Graph#UNREACHABLE} where no path exists
     */
    public static int[] distances(Graph graph, int source) {
        int n = graph.size();
        if (source < 0 || source >= n) {
            throw new IndexOutOfBoundsException("source " + source + " is not a node of " + graph.description());
        }
        int[] distance = new int[n];
        Arrays.fill(distance, Graph.UNREACHABLE);
        int[] queue = new int[n];
        int head = 0;
        int tail = 0;
        distance[source] = 0;
        queue[tail++] = source;
        while (head < tail) {
            int node = queue[head++];
            for (int next : graph.neighbours(node)) {
                if (distance[next] == Graph.UNREACHABLE) {
                    // d(next) ← d(node) + 1, the first time next is seen
                    distance[next] = distance[node] + 1;
                    queue[tail++] = next;
                }
            }
        }
        return distance;
    }

    /**
     * @param graph the graph
     * @return the number of connected components (1 for a connected graph; an isolated node is
     *     a component of its own)
     */
    public static int components(Graph graph) {
        int n = graph.size();
        boolean[] seen = new boolean[n];
        int[] stack = new int[n];
        int count = 0;
        for (int start = 0; start < n; start++) {
            if (seen[start]) {
                continue;
            }
            count++;
            int top = 0;
            stack[top++] = start;
            seen[start] = true;
            while (top > 0) {
                int node = stack[--top];
                for (int next : graph.neighbours(node)) {
                    if (!seen[next]) {
                        seen[next] = true;
                        stack[top++] = next;
                    }
                }
            }
        }
        return count;
    }
}
