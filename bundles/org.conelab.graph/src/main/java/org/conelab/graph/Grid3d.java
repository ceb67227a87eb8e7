package org.conelab.graph;

import java.util.Arrays;
import java.util.Optional;
import org.conelab.api.graph.Graph;

/**
 * A depth × height × width cubic lattice, 6 neighbours (the simple cubic grid, face neighbours
 * only); node {@code (layer·height + row)·width + col}, at position (layer, row, col). The hop
 * distance is the Manhattan distance |Δlayer| + |Δrow| + |Δcol|. No wrap-around at the borders.
 * A 100 × 100 × 100 grid has 10⁶ nodes and about 3·10⁶ edges.
 */
public final class Grid3d implements Graph {

    private final int depth;
    private final int height;
    private final int width;

    /**
     * @param depth the number of layers ≥ 1
     * @param height the number of rows per layer ≥ 1
     * @param width the number of columns per row ≥ 1
     * @throws IllegalArgumentException when a side is &lt; 1 or the grid has more than 2³¹ − 1 nodes
     */
    public Grid3d(int depth, int height, int width) {
        if (depth < 1 || height < 1 || width < 1 || (long) depth * height * width > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("grid " + depth + "x" + height + "x" + width + " is empty or too large");
        }
        this.depth = depth;
        this.height = height;
        this.width = width;
    }

    /** @return the number of layers */
    public int depth() {
        return depth;
    }

    /** @return the number of rows per layer */
    public int height() {
        return height;
    }

    /** @return the number of columns per row */
    public int width() {
        return width;
    }

    @Override
    public int size() {
        return depth * height * width;
    }

    /** @return the in-grid nodes among the 6 face neighbours, ascending */
    @Override
    public int[] neighbours(int node) {
        int plane = height * width;
        int layer = node / plane;
        int row = node % plane / width;
        int col = node % width;
        int[] result = new int[6];
        int count = 0;
        // offsets −plane, −width, −1, +1, +width, +plane: ascending node numbers
        if (layer > 0) {
            result[count++] = node - plane;
        }
        if (row > 0) {
            result[count++] = node - width;
        }
        if (col > 0) {
            result[count++] = node - 1;
        }
        if (col < width - 1) {
            result[count++] = node + 1;
        }
        if (row < height - 1) {
            result[count++] = node + width;
        }
        if (layer < depth - 1) {
            result[count++] = node + plane;
        }
        return Arrays.copyOf(result, count);
    }

    /** @return |Δlayer| + |Δrow| + |Δcol| for every node, in O(n) without a search */
    @Override
    public int[] distancesFrom(int source) {
        int n = size();
        if (source < 0 || source >= n) {
            throw new IndexOutOfBoundsException("source " + source + " is not a node of " + description());
        }
        int plane = height * width;
        int sl = source / plane;
        int sr = source % plane / width;
        int sc = source % width;
        int[] distance = new int[n];
        int i = 0;
        for (int l = 0; l < depth; l++) {
            for (int r = 0; r < height; r++) {
                int partial = Math.abs(l - sl) + Math.abs(r - sr);
                for (int c = 0; c < width; c++) {
                    distance[i++] = partial + Math.abs(c - sc);
                }
            }
        }
        return distance;
    }

    /** @return (layer, row, col) */
    @Override
    public Optional<double[]> position(int node) {
        int plane = height * width;
        return Optional.of(new double[] {node / plane, node % plane / width, node % width});
    }

    @Override
    public String description() {
        return "grid3d(n=" + size() + ", " + depth + " layers x " + height + " rows x " + width + " columns, 6-neighbour)";
    }
}
