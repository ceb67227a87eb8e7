package org.conelab.chart;

import java.awt.BasicStroke;
import java.util.Arrays;
import java.util.List;
import org.conelab.api.chart.Histogram;
import org.conelab.api.chart.Series;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.data.statistics.HistogramDataset;

/**
 * Builds overlaid histograms: the finite y values of every sample are counted in the same
 * {@code bins} bins of equal width over [min, max] of all samples together (a unit range
 * around a single value), so the bars of different samples line up. Each sample is drawn as
 * translucent bars with an opaque outline, so overlaps stay visible.
 */
final class HistogramChart {

    /** Opacity of the bar fills, out of 255. */
    static final int FILL_ALPHA = 110;

    private HistogramChart() {
    }

    /** @return the chart of {@code spec} */
    static JFreeChart build(Histogram spec) {
        HistogramDataset dataset = dataset(spec);
        XYBarRenderer renderer = new XYBarRenderer();
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(true);
        ChartStyle.colourSeries(renderer, SeriesKey.of(spec.samples()), ChartStyle.PALETTE, FILL_ALPHA);
        for (int s = 0; s < spec.samples().size(); s++) {
            renderer.setSeriesOutlineStroke(s, new BasicStroke(1.0f));
        }

        NumberAxis xAxis = new NumberAxis(spec.xLabel());
        xAxis.setAutoRangeIncludesZero(false);
        NumberAxis yAxis = new NumberAxis("count");
        yAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        XYPlot plot = new XYPlot(dataset, xAxis, yAxis, renderer);
        ChartStyle.stylePlot(plot);
        return ChartStyle.chart(spec.title(), plot);
    }

    /** @return the bin counts of every sample over the shared bins */
    static HistogramDataset dataset(Histogram spec) {
        List<double[]> samples = spec.samples().stream().map(Series::y).map(HistogramChart::finite).toList();
        double min = samples.stream().flatMapToDouble(Arrays::stream).min().orElse(0);
        double max = samples.stream().flatMapToDouble(Arrays::stream).max().orElse(1);
        if (min == max) {
            min -= 0.5;
            max += 0.5;
        }
        HistogramDataset dataset = new HistogramDataset();
        List<SeriesKey> keys = SeriesKey.of(spec.samples());
        for (int s = 0; s < samples.size(); s++) {
            dataset.addSeries(keys.get(s), samples.get(s), spec.bins(), min, max);
        }
        return dataset;
    }

    private static double[] finite(double[] values) {
        return Arrays.stream(values).filter(Double::isFinite).toArray();
    }
}
