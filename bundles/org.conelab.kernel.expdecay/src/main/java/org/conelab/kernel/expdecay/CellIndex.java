package org.conelab.kernel.expdecay;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A uniform-cell spatial hash of points in R^d: with cell side ρ, every point within Euclidean
 * distance ρ of x lies in x's cell or one of the 3^d − 1 cells around it.
 */
final class CellIndex {

    private final double[][] points;
    private final double side;
    private final Map<Cell, int[]> cells;

    /**
     * @param points n points of the same dimension d
     * @param side the cell side ρ &gt; 0
     */
    CellIndex(double[][] points, double side) {
        this.points = points;
        this.side = side;
        Map<Cell, List<Integer>> lists = new HashMap<>();
        for (int i = 0; i < points.length; i++) {
            lists.computeIfAbsent(cellOf(points[i]), key -> new ArrayList<>()).add(i);
        }
        cells = new HashMap<>(lists.size() * 2);
        lists.forEach((cell, members) -> cells.put(cell, members.stream().mapToInt(Integer::intValue).toArray()));
    }

    /**
     * @param i a point's index
     * @param columns receives the indices j with ‖x_i − x_j‖ ≤ ρ (i included), ascending
     * @param distances receives ‖x_i − x_j‖ for each, in the same order
     * @return how many were found (the arrays must hold n entries)
     */
    int within(int i, int[] columns, double[] distances) {
        double[] x = points[i];
        int dimension = x.length;
        long[] home = cellOf(x).coordinates;
        long[] probe = new long[dimension];
        int[] offset = new int[dimension];
        Arrays.fill(offset, -1);
        int count = 0;
        while (true) {
            for (int a = 0; a < dimension; a++) {
                probe[a] = home[a] + offset[a];
            }
            int[] members = cells.get(new Cell(probe.clone()));
            if (members != null) {
                for (int j : members) {
                    double r = distance(x, points[j]);
                    if (r <= side) {
                        columns[count++] = j;
                    }
                }
            }
            // next of the 3^d offsets in {−1, 0, 1}^d (odometer)
            int a = 0;
            while (a < dimension && offset[a] == 1) {
                offset[a++] = -1;
            }
            if (a == dimension) {
                break;
            }
            offset[a]++;
        }
        Arrays.sort(columns, 0, count);
        for (int p = 0; p < count; p++) {
            distances[p] = distance(x, points[columns[p]]);
        }
        return count;
    }

    /** @return ‖x − y‖₂ (exactly symmetric in x and y) */
    static double distance(double[] x, double[] y) {
        double sum = 0;
        for (int a = 0; a < x.length; a++) {
            double delta = x[a] - y[a];
            sum += delta * delta;
        }
        return Math.sqrt(sum);
    }

    private Cell cellOf(double[] x) {
        long[] coordinates = new long[x.length];
        for (int a = 0; a < x.length; a++) {
            coordinates[a] = (long) Math.floor(x[a] / side);
        }
        return new Cell(coordinates);
    }

    /** Integer cell coordinates, compared by value. */
    private record Cell(long[] coordinates) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Cell cell && Arrays.equals(coordinates, cell.coordinates);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(coordinates);
        }
    }
}
