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
 */
public record LineChart(String name, String title, String xLabel, String yLabel, List<Series> series, boolean logY)
        implements ChartSpec {

    /** Copies the series. */
    public LineChart {
        series = List.copyOf(series);
    }
}
