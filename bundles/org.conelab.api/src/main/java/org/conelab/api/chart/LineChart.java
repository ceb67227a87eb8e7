package org.conelab.api.chart;

import java.util.List;

/**
 * Lines through points, one per series.
 *
 * @param name file-name stem
 * @param title chart title
 * @param xLabel label of the horizontal axis
 * @param yLabel label of the vertical axis
 * @param series the lines
 * @param logY whether the vertical axis is logarithmic (non-positive values are then gaps)
 * @param logX whether the horizontal axis is logarithmic (points with x ≤ 0 are then gaps); with
 *     {@code logY} a log-log chart, on which a power law y = c·x^p is a straight line of slope p
 * @since 1.1 (logX)
 */
public record LineChart(String name, String title, String xLabel, String yLabel, List<Series> series, boolean logY,
        boolean logX) implements ChartSpec {

    /** Copies the series. */
    public LineChart {
        series = List.copyOf(series);
    }

    /**
     * The 1.0 form: a linear horizontal axis.
     *
     * @param name file-name stem
     * @param title chart title
     * @param xLabel horizontal label
     * @param yLabel vertical label
     * @param series the lines
     * @param logY whether the vertical axis is logarithmic
     */
    public LineChart(String name, String title, String xLabel, String yLabel, List<Series> series, boolean logY) {
        this(name, title, xLabel, yLabel, series, logY, false);
    }
}
