package org.conelab.api.chart;

/**
 * A named sequence of points (x[k], y[k]); NaN values are gaps.
 *
 * @param label the legend entry
 * @param x abscissae
 * @param y ordinates, as many as abscissae
 */
public record Series(String label, double[] x, double[] y) {

    /** Checks the lengths. */
    public Series {
        if (x.length != y.length) {
            throw new IllegalArgumentException("series " + label + ": " + x.length + " x values for " + y.length + " y values");
        }
    }
}
