package org.conelab.api.chart;

import java.util.List;

/**
 * A heat map of values[r][c] over the grid (x[c], y[r]), with lines drawn over it.
 *
 * <p>Cells fall into classes, each drawn distinctly and named in the legend: NaN cells are left
 * blank; values below {@code floor} (−∞ included) take one colour labelled {@code belowLabel}
 * (for example "non-zero, below 1e-308"); values above {@code ceiling} (+∞ included) another,
 * labelled {@code aboveLabel} (for example "non-finite"); the rest take the colour scale.
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
 * @param floor values below it are drawn as the "below" class (−∞: no such class)
 * @param ceiling values above it are drawn as the "above" class (+∞: no such class)
 * @param belowLabel the legend's name of the "below" class
 * @param aboveLabel the legend's name of the "above" class
 * @since 1.1 (floor, ceiling and their labels)
 */
public record HeatMap(String name, String title, String xLabel, String yLabel, String valueLabel,
        double[] x, double[] y, double[][] values, List<Series> overlays,
        double floor, double ceiling, String belowLabel, String aboveLabel) implements ChartSpec {

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
        if (!(floor < ceiling)) {
            throw new IllegalArgumentException("heat map " + name + ": floor " + floor + " must be below ceiling " + ceiling);
        }
    }

    /**
     * The 1.0 form: no "below" or "above" class; ±∞ take the ends of the colour scale.
     *
     * @param name file-name stem
     * @param title chart title
     * @param xLabel horizontal label
     * @param yLabel vertical label
     * @param valueLabel colour-scale label
     * @param x column centres
     * @param y row centres
     * @param values the cells
     * @param overlays lines over the map
     */
    public HeatMap(String name, String title, String xLabel, String yLabel, String valueLabel,
            double[] x, double[] y, double[][] values, List<Series> overlays) {
        this(name, title, xLabel, yLabel, valueLabel, x, y, values, overlays,
                Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, "", "");
    }
}
