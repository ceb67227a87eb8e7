package org.conelab.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.conelab.api.chart.LineChart;
import org.conelab.api.chart.Series;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

class LinesChartTest {

    private static final int WIDTH = 800;
    private static final int HEIGHT = 500;
    /** Fewest pixels a line across the plot leaves in its colour. */
    private static final int LINE_PIXELS = 200;

    @Test
    void logAxisTurnsNonPositiveValuesIntoGaps() {
        double[] y = LinesChart.ordinates(new double[] {1e-3, 0, -2, 5, Double.NaN}, true);
        assertThat(y[0]).isEqualTo(1e-3);
        assertThat(y[1]).isNaN();
        assertThat(y[2]).isNaN();
        assertThat(y[3]).isEqualTo(5);
        assertThat(y[4]).isNaN();
        assertThat(LinesChart.ordinates(new double[] {0, -2}, false)).containsExactly(0, -2);
    }

    @Test
    void aLogChartWithZerosDrawsItsLineOnALogAxis() {
        double[] t = new double[50];
        double[] error = new double[50];
        for (int k = 0; k < t.length; k++) {
            t[k] = k;
            error[k] = k % 10 == 9 ? 0 : Math.pow(0.7, k);
        }
        LineChart spec = new LineChart("decay", "Error decay", "step t", "‖e_t‖", List.of(new Series("IS", t, error)), true);
        JFreeChart chart = LinesChart.build(spec);
        Pixels pixels = Pixels.draw(chart, WIDTH, HEIGHT);

        assertThat(chart.getXYPlot().getRangeAxis()).isInstanceOf(LogAxis.class);
        assertThat(chart.getXYPlot().getRangeAxis().getLowerBound()).isPositive();
        assertThat(pixels.countInDataArea(ChartStyle.seriesColour(0))).isGreaterThan(LINE_PIXELS);
    }

    @Test
    void aLogChartOfOnlyZerosStillRenders() {
        LineChart spec = new LineChart("zero", "zero", "t", "y", List.of(new Series("zero", new double[] {0, 1},
                new double[] {0, 0})), true);
        assertThat(Pixels.draw(LinesChart.build(spec), WIDTH, HEIGHT).image().getHeight()).isEqualTo(HEIGHT);
    }

    @Test
    void oneColouredLinePerSeriesWithALegend() {
        LineChart spec = twoLines(false);
        JFreeChart chart = LinesChart.build(spec);
        Pixels pixels = Pixels.draw(chart, WIDTH, HEIGHT);
        XYDataset dataset = chart.getXYPlot().getDataset();

        assertThat(chart.getXYPlot().getRangeAxis()).isInstanceOf(NumberAxis.class);
        assertThat(dataset.getSeriesCount()).isEqualTo(2);
        assertThat(dataset.getSeriesKey(1).toString()).isEqualTo("MSE");
        assertThat(chart.getXYPlot().getLegendItems().getItemCount()).isEqualTo(2);
        assertThat(pixels.countInDataArea(ChartStyle.seriesColour(0))).isGreaterThan(LINE_PIXELS);
        assertThat(pixels.countInDataArea(ChartStyle.seriesColour(1))).isGreaterThan(LINE_PIXELS);
        assertThat(pixels.countInDataArea(ChartStyle.seriesColour(2))).isZero();
    }

    @Test
    void noSeriesRendersAnEmptyPlotWithoutLegend() {
        LineChart spec = new LineChart("empty", "empty", "x", "y", List.of(), true);
        JFreeChart chart = LinesChart.build(spec);
        assertThat(chart.getLegend()).isNull();
        assertThat(Pixels.draw(chart, WIDTH, HEIGHT).countInDataArea(Color.WHITE)).isPositive();
    }

    /** Writes target/sample-lines.png to look at. */
    @Test
    void writesASampleForVisualInspection() throws IOException {
        Path file = Path.of("target", "sample-lines.png");
        Files.createDirectories(file.getParent());
        ImageIO.write(new JFreeChartRenderer().render(twoLines(true), WIDTH, HEIGHT), "png", file.toFile());
        assertThat(Files.size(file)).isPositive();
    }

    @Test
    void decadesSpannedByThePositiveValues() {
        List<Series> series = List.of(new Series("a", new double[3], new double[] {1e-3, 0, 10}),
                new Series("b", new double[2], new double[] {-1, Double.NaN}));
        assertThat(LinesChart.decades(series)).isCloseTo(4, within(1e-12));
        assertThat(LinesChart.decades(List.of())).isZero();
    }

    /** Writes target/sample-lines-narrow.png: a log axis spanning less than a decade. */
    @Test
    void writesANarrowLogSampleForVisualInspection() throws IOException {
        double[] t = {0, 1, 2, 3, 4};
        LineChart spec = new LineChart("narrow", "Narrow", "t", "y", List.of(new Series("y", t, new double[] {2, 3, 4, 5, 6})), true);
        Path file = Path.of("target", "sample-lines-narrow.png");
        Files.createDirectories(file.getParent());
        ImageIO.write(new JFreeChartRenderer().render(spec, WIDTH, HEIGHT), "png", file.toFile());
        assertThat(Files.size(file)).isPositive();
    }

    /** ‖e_t‖ = 0.9^t and 0.8^t·(1 + t/10), positive throughout. */
    private static LineChart twoLines(boolean logY) {
        double[] t = new double[101];
        double[] is = new double[t.length];
        double[] mse = new double[t.length];
        for (int k = 0; k < t.length; k++) {
            t[k] = k;
            is[k] = Math.pow(0.8, k) * (1 + k / 10.0);
            mse[k] = Math.pow(0.9, k);
        }
        return new LineChart("decay", "Training error", "step t", "‖e_t‖", List.of(new Series("IS", t, is),
                new Series("MSE", t, mse)), logY);
    }
}
