package org.conelab.api.chart;

/**
 * A chart described without any charting library's types. {@link #name()} becomes the PNG's
 * file name ({@code <analyzer>-<name>.png}).
 */
public sealed interface ChartSpec permits HeatMap, LineChart, Histogram {

    /** @return the file-name stem, such as {@code cone} */
    String name();

    /** @return the title drawn above the chart */
    String title();
}
