package org.conelab.analyzer.lightcone;

import java.util.Arrays;

/**
 * The cells of a light-cone heat map: log10|J_t(i, j)| by step t and position (i − j on a chain,
 * d(i, j) elsewhere), the largest magnitude where several nodes share a position. A cell holds
 * NaN while every node in it is exactly zero, and +∞ once the solver returned a non-finite
 * value in it.
 */
final class HeatGrid {

    final int lo;
    final double[][] values;
    private final int[] positions;

    /**
     * @param positions each node's horizontal coordinate
     * @param halfWidth the grid spans −halfWidth … halfWidth when signed, 0 … halfWidth otherwise
     * @param signed whether positions can be negative
     * @param steps T
     */
    HeatGrid(int[] positions, int halfWidth, boolean signed, int steps) {
        this.positions = positions;
        this.lo = signed ? -halfWidth : 0;
        this.values = new double[steps + 1][halfWidth - lo + 1];
        for (double[] row : values) {
            Arrays.fill(row, Double.NaN);
        }
    }

    /** Keeps the larger of the cell's value and {@code log10}; an exact zero (−∞) leaves it. */
    void put(int t, int node, double log10) {
        int c = positions[node] - lo;
        if (log10 == Double.NEGATIVE_INFINITY || c < 0 || c >= values[t].length) {
            return;
        }
        double old = values[t][c];
        values[t][c] = Double.isNaN(old) ? log10 : Math.max(old, log10);
    }

    /** Marks the node's cell at step t as non-finite in the solver's numbers. */
    void markNonFinite(int t, int node) {
        int c = positions[node] - lo;
        if (c >= 0 && c < values[t].length) {
            values[t][c] = Double.POSITIVE_INFINITY;
        }
    }

    /** @return the column centres lo … hi */
    double[] x() {
        double[] x = new double[values[0].length];
        for (int c = 0; c < x.length; c++) {
            x[c] = lo + c;
        }
        return x;
    }
}
