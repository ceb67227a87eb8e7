package org.conelab.chart;

import java.awt.BasicStroke;
import java.text.DecimalFormat;
import java.util.Arrays;
import java.util.List;
import java.util.stream.DoubleStream;
import org.conelab.api.chart.LineChart;
import org.conelab.api.chart.Series;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.DefaultXYDataset;

/**
 * Builds a line chart: one line per series through (x[k], y[k]), in palette order, with a
 * legend. NaN values break a line. With a logarithmic y axis (base 10, labels 10ⁿ) values
 * y ≤ 0 have no position and become gaps as well.
 */
final class LinesChart {

    /** Least value of a narrow log axis whose ticks are written as plain decimals. */
    private static final double PLAIN_FROM = 0.01;

    private LinesChart() {
    }

    /** @return the chart of {@code spec} */
    static JFreeChart build(LineChart spec) {
        List<Series> series = spec.series();
        DefaultXYDataset dataset = new DefaultXYDataset();
        for (SeriesKey key : SeriesKey.of(series)) {
            Series line = series.get(key.index());
            dataset.addSeries(key, new double[][] {line.x().clone(), ordinates(line.y(), spec.logY())});
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        ChartStyle.colourSeries(renderer, SeriesKey.of(series), ChartStyle.PALETTE, 255);
        for (int k = 0; k < series.size(); k++) {
            renderer.setSeriesStroke(k, stroke(k));
        }

        NumberAxis xAxis = new NumberAxis(spec.xLabel());
        xAxis.setAutoRangeIncludesZero(false);
        xAxis.setLowerMargin(0);
        xAxis.setUpperMargin(0);
        XYPlot plot = new XYPlot(dataset, xAxis, yAxis(spec), renderer);
        ChartStyle.stylePlot(plot);
        return ChartStyle.chart(spec.title(), plot);
    }

    /**
     * @return the k-th series' stroke: the first solid and widest, later ones narrower and
     *     dashed, so that lines lying on top of each other all stay visible
     */
    static BasicStroke stroke(int k) {
        float width = Math.max(1.5f, 4.5f - 1.0f * k);
        float[][] dashes = {null, {10f, 6f}, {3f, 5f}, {12f, 4f, 3f, 4f}};
        float[] dash = dashes[k % dashes.length];
        return dash == null ? new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
                : new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
    }

    private static ValueAxis yAxis(LineChart spec) {
        if (spec.logY()) {
            LogAxis axis = new LogAxis(spec.yLabel());
            axis.setBase(10);
            if (decades(spec.series()) >= 1) {
                // ticks at whole powers 10ⁿ only, never 10^0.5
                axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            } else {
                // within a decade: plain numbers, in scientific notation when small
                axis.setNumberFormatOverride(new DecimalFormat(smallest(spec.series()) >= PLAIN_FROM ? "0.###" : "0.##E0"));
            }
            return axis;
        }
        NumberAxis axis = new NumberAxis(spec.yLabel());
        axis.setAutoRangeIncludesZero(false);
        return axis;
    }

    /** @return log₁₀(max/min) over the positive finite ordinates of all series, 0 if none */
    static double decades(List<Series> series) {
        double max = positive(series).max().orElse(1);
        return Math.log10(max / smallest(series));
    }

    /** @return the least positive finite ordinate of all series, 1 if none */
    private static double smallest(List<Series> series) {
        return positive(series).min().orElse(1);
    }

    private static DoubleStream positive(List<Series> series) {
        return series.stream().flatMapToDouble(line -> Arrays.stream(line.y())).filter(y -> y > 0 && Double.isFinite(y));
    }

    /** @return a copy of y, with y ≤ 0 replaced by NaN (a gap) when the axis is logarithmic */
    static double[] ordinates(double[] y, boolean logY) {
        double[] copy = y.clone();
        if (logY) {
            for (int k = 0; k < copy.length; k++) {
                if (!(copy[k] > 0)) {
                    copy[k] = Double.NaN;
                }
            }
        }
        return copy;
    }
}
