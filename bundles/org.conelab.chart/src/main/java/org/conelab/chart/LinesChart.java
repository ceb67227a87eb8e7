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
 * y ≤ 0 have no position and become gaps as well; with a logarithmic x axis so do the points
 * with x ≤ 0. A series of at most {@value #MARKED_POINTS} points (a convergence study over a few
 * spacings, say) also gets a marker at each point, so that its data stand apart from the line.
 */
final class LinesChart {

    /** Least value of a narrow log axis whose ticks are written as plain decimals. */
    private static final double PLAIN_FROM = 0.01;
    /** Series with at most this many points are drawn with markers. */
    static final int MARKED_POINTS = 12;

    private LinesChart() {
    }

    /** @return the chart of {@code spec} */
    static JFreeChart build(LineChart spec) {
        List<Series> series = spec.series();
        DefaultXYDataset dataset = new DefaultXYDataset();
        for (SeriesKey key : SeriesKey.of(series)) {
            Series line = series.get(key.index());
            double[][] points = points(line.x(), line.y(), spec.logX());
            dataset.addSeries(key, new double[][] {points[0], ordinates(points[1], spec.logY())});
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        ChartStyle.colourSeries(renderer, SeriesKey.of(series), ChartStyle.PALETTE, 255);
        for (int k = 0; k < series.size(); k++) {
            renderer.setSeriesStroke(k, stroke(k));
            renderer.setSeriesShapesVisible(k, series.get(k).x().length <= MARKED_POINTS);
        }

        XYPlot plot = new XYPlot(dataset, xAxis(spec), yAxis(spec), renderer);
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

    private static ValueAxis xAxis(LineChart spec) {
        if (spec.logX()) {
            return logAxis(spec.xLabel(), spec.series().stream().flatMapToDouble(line -> Arrays.stream(line.x())).toArray());
        }
        NumberAxis axis = new NumberAxis(spec.xLabel());
        axis.setAutoRangeIncludesZero(false);
        axis.setLowerMargin(0);
        axis.setUpperMargin(0);
        return axis;
    }

    private static ValueAxis yAxis(LineChart spec) {
        if (spec.logY()) {
            return logAxis(spec.yLabel(), spec.series().stream().flatMapToDouble(line -> Arrays.stream(line.y())).toArray());
        }
        NumberAxis axis = new NumberAxis(spec.yLabel());
        axis.setAutoRangeIncludesZero(false);
        return axis;
    }

    /** @return a base-10 log axis whose tick labels suit the positive values it shows */
    private static LogAxis logAxis(String label, double[] values) {
        LogAxis axis = new LogAxis(label);
        axis.setBase(10);
        if (decades(values) >= 1) {
            // ticks at whole powers 10ⁿ only, never 10^0.5
            axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        } else {
            // within a decade: plain numbers, in scientific notation when small
            axis.setNumberFormatOverride(new DecimalFormat(smallest(values) >= PLAIN_FROM ? "0.###" : "0.##E0"));
        }
        return axis;
    }

    /** @return log₁₀(max/min) over the positive finite ordinates of all series, 0 if none */
    static double decades(List<Series> series) {
        return decades(series.stream().flatMapToDouble(line -> Arrays.stream(line.y())).toArray());
    }

    /** @return log₁₀(max/min) over the positive finite values, 0 if none */
    static double decades(double[] values) {
        double max = positive(values).max().orElse(1);
        return Math.log10(max / smallest(values));
    }

    /** @return the least positive finite value, 1 if none */
    private static double smallest(double[] values) {
        return positive(values).min().orElse(1);
    }

    private static DoubleStream positive(double[] values) {
        return Arrays.stream(values).filter(v -> v > 0 && Double.isFinite(v));
    }

    /**
     * @return copies of x and y; on a log x axis the points with x ≤ 0 (or NaN) become gaps: y is
     *     NaN there and x the series' least positive abscissa, so that they neither draw nor
     *     stretch the axis
     */
    static double[][] points(double[] x, double[] y, boolean logX) {
        double[] xs = x.clone();
        double[] ys = y.clone();
        if (logX) {
            double least = positive(x).min().orElse(1);
            for (int k = 0; k < xs.length; k++) {
                if (!(xs[k] > 0) || !Double.isFinite(xs[k])) {
                    xs[k] = least;
                    ys[k] = Double.NaN;
                }
            }
        }
        return new double[][] {xs, ys};
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
