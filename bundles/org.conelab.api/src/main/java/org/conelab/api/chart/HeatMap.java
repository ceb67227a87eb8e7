package org.conelab.api.chart;

import java.util.List;

/**
 * A heat map of values[r][c] over the grid (x[c], y[r]), with lines drawn over it.
 *
 * @param name file-name stem
 * @param title chart title
 * @param xLabel label of the horizontal axis
 * @param yLabel label of the vertical axis
 * @param valueLabel label of the colour scale
 * @param x column centres, ascending and evenly spaced
 * @param y row centres, ascending and evenly spaced
 * @param values one row per y, one column per x; NaN cells are left blank
 * @param overlays lines drawn over the map (for example a light cone)
 */
public record HeatMap(String name, String title, String xLabel, String yLabel, String valueLabel,
        double[] x, double[] y, double[][] values, List<Series> overlays) implements ChartSpec {

    /** Checks the grid's shape. */
    public HeatMap {
        overlays = List.copyOf(overlays);
        if (values.length != y.length) {
            throw new IllegalArgumentException("heat map " + name + ": " + values.length + " rows for " + y.length + " y values");
        }
        for (double[] row : values) {
            if (row.length != x.length) {
                throw new IllegalArgumentException("heat map " + name + ": a row has " + row.length + " cells for " + x.length + " x values");
            }
        }
    }
}
