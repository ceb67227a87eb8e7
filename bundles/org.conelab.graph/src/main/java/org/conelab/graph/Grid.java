package org.conelab.graph;

import java.util.Arrays;
import java.util.Optional;
import org.conelab.api.graph.Graph;

/**
 * A height × width grid; node {@code row·width + col}, at position (row, col). With 4
 * neighbours (von Neumann) the hop distance is |Δrow| + |Δcol|; with 8 neighbours (Moore,
 * diagonals included) it is max(|Δrow|, |Δcol|). No wrap-around at the borders.
 */
public final class Grid implements Graph {

    private static final int[][] FOUR = {{-1, 0}, {0, -1}, {0, 1}, {1, 0}};
    private static final int[][] EIGHT = {{-1, -1}, {-1, 0}, {-1, 1}, {0, -1}, {0, 1}, {1, -1}, {1, 0}, {1, 1}};

    private final int height;
    private final int width;
    private final int connectivity;

    /**
     * @param height the number of rows ≥ 1
     * @param width the number of columns ≥ 1
     * @param connectivity 4 or 8 neighbours
     */
    public Grid(int height, int width, int connectivity) {
        if (height < 1 || width < 1 || (long) height * width > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("grid " + height + "x" + width + " is empty or too large");
        }
        if (connectivity != 4 && connectivity != 8) {
            throw new IllegalArgumentException("a grid has 4 or 8 neighbours, got " + connectivity);
        }
        this.height = height;
        this.width = width;
        this.connectivity = connectivity;
    }

    /** @return the number of rows */
    public int height() {
        return height;
    }

    /** @return the number of columns */
    public int width() {
        return width;
    }

    /** @return 4 or 8 */
    public int connectivity() {
        return connectivity;
    }

    @Override
    public int size() {
        return height * width;
    }

    /** @return the in-grid nodes among the 4 or 8 surrounding ones, ascending */
    @Override
    public int[] neighbours(int node) {
        int row = node / width;
        int col = node % width;
        int[][] offsets = connectivity == 4 ? FOUR : EIGHT;
        int[] result = new int[offsets.length];
        int count = 0;
        for (int[] offset : offsets) {
            int r = row + offset[0];
            int c = col + offset[1];
            if (r >= 0 && r < height && c >= 0 && c < width) {
                result[count++] = r * width + c;
            }
        }
        // offsets are in row-major order, so the nodes are already ascending
        return Arrays.copyOf(result, count);
    }

    @Override
    public int[] distancesFrom(int source) {
        return BreadthFirstSearch.distances(this, source);
    }

    /** @return (row, col) */
    @Override
    public Optional<double[]> position(int node) {
        return Optional.of(new double[] {node / width, node % width});
    }

    @Override
    public String description() {
        return "grid(n=" + size() + ", " + height + " rows x " + width + " columns, " + connectivity + "-neighbour)";
    }
}
