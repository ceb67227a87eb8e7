package org.conelab.graph;

import java.util.Arrays;
import org.conelab.api.graph.Graph;

/**
 * An undirected graph given by its edges, stored as a symmetric adjacency in compressed
 * sparse row form: the neighbours of node i are {@code columns[rowStart[i] … rowStart[i+1]−1]},
 * ascending, with the matching edge weights. The graph may be disconnected: distances across
 * components are {@link Graph#UNREACHABLE} and {@link #description()} says how many components
 * there are.
 */
public final class EdgeListGraph implements Graph {

    private final int size;
    private final int[] rowStart;
    private final int[] columns;
    private final double[] weights;
    private final boolean weighted;
    private final int components;
    private final String source;

    /**
     * @param size the number of nodes n ≥ 1
     * @param from one end of each edge, in [0, n)
     * @param to the other end, in [0, n), never equal to {@code from}; no edge twice
     * @param weight the weight of each edge (finite, &gt; 0), or {@code null} for weight 1
     * @param source where the edges came from (a file name), for {@link #description()}
     * @throws IllegalArgumentException when an edge is a self-loop, out of range or repeated
     */
    public EdgeListGraph(int size, int[] from, int[] to, double[] weight, String source) {
        if (size < 1 || from.length != to.length || (weight != null && weight.length != from.length)) {
            throw new IllegalArgumentException("edge list needs n >= 1 and arrays of equal length");
        }
        this.size = size;
        this.source = source;
        this.weighted = weight != null;
        int[] degree = new int[size];
        for (int e = 0; e < from.length; e++) {
            check(size, from[e], to[e], weight == null ? 1.0 : weight[e]);
            degree[from[e]]++;
            degree[to[e]]++;
        }
        rowStart = new int[size + 1];
        for (int i = 0; i < size; i++) {
            rowStart[i + 1] = rowStart[i] + degree[i];
        }
        columns = new int[rowStart[size]];
        weights = new double[rowStart[size]];
        int[] fill = Arrays.copyOf(rowStart, size);
        for (int e = 0; e < from.length; e++) {
            double w = weight == null ? 1.0 : weight[e];
            columns[fill[from[e]]] = to[e];
            weights[fill[from[e]]++] = w;
            columns[fill[to[e]]] = from[e];
            weights[fill[to[e]]++] = w;
        }
        sortRows();
        this.components = BreadthFirstSearch.components(this);
    }

    private static void check(int size, int i, int j, double w) {
        if (i < 0 || i >= size || j < 0 || j >= size) {
            throw new IllegalArgumentException("edge " + i + "," + j + " is out of range [0, " + size + ")");
        }
        if (i == j) {
            throw new IllegalArgumentException("self-loop " + i + "," + j);
        }
        if (!(w > 0) || !Double.isFinite(w)) {
            throw new IllegalArgumentException("edge " + i + "," + j + " has weight " + w);
        }
    }

    /** Sorts each row by column (insertion sort: rows are short) and rejects repeated edges. */
    private void sortRows() {
        for (int i = 0; i < size; i++) {
            for (int p = rowStart[i] + 1; p < rowStart[i + 1]; p++) {
                int column = columns[p];
                double w = weights[p];
                int q = p - 1;
                while (q >= rowStart[i] && columns[q] > column) {
                    columns[q + 1] = columns[q];
                    weights[q + 1] = weights[q];
                    q--;
                }
                columns[q + 1] = column;
                weights[q + 1] = w;
            }
            for (int p = rowStart[i] + 1; p < rowStart[i + 1]; p++) {
                if (columns[p] == columns[p - 1]) {
                    throw new IllegalArgumentException("edge " + i + "," + columns[p] + " is given twice");
                }
            }
        }
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public int[] neighbours(int node) {
        return Arrays.copyOfRange(columns, rowStart[node], rowStart[node + 1]);
    }

    /** @return the number of neighbours of {@code node} */
    public int degree(int node) {
        return rowStart[node + 1] - rowStart[node];
    }

    /**
     * @return the weights of the edges to {@link #neighbours(int) neighbours(node)}, in the same
     *     order; all 1 when the file gave no weights
     */
    public double[] weights(int node) {
        return Arrays.copyOfRange(weights, rowStart[node], rowStart[node + 1]);
    }

    /** @return whether the edges carry weights from the file */
    public boolean isWeighted() {
        return weighted;
    }

    /** @return the number of undirected edges m */
    public int edgeCount() {
        return columns.length / 2;
    }

    /** @return the number of connected components (1 when connected) */
    public int componentCount() {
        return components;
    }

    @Override
    public int[] distancesFrom(int source) {
        return BreadthFirstSearch.distances(this, source);
    }

    /** @return for example {@code edges(n=30, m=41, 2 components, file=a.csv)} */
    @Override
    public String description() {
        StringBuilder text = new StringBuilder("edges(n=").append(size).append(", m=").append(edgeCount());
        if (weighted) {
            text.append(", weighted");
        }
        if (components > 1) {
            text.append(", ").append(components).append(" components");
        }
        if (source != null) {
            text.append(", file=").append(source);
        }
        return text.append(')').toString();
    }
}
