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

    @Test
    void aLogLogChartDrawsAPowerLawThroughItsPoints() {
        double[] x = new double[40];
        double[] y = new double[40];
        for (int k = 0; k < x.length; k++) {
            x[k] = Math.pow(10, -2 + k * 4.0 / (x.length - 1));
            y[k] = 3 * Math.pow(x[k], -2);
        }
        LineChart spec = new LineChart("power", "y = 3/x²", "x", "y", List.of(new Series("power law", x, y)), true, true);
        JFreeChart chart = LinesChart.build(spec);
        Pixels pixels = Pixels.draw(chart, WIDTH, HEIGHT);

        assertThat(chart.getXYPlot().getDomainAxis()).isInstanceOf(LogAxis.class);
        assertThat(chart.getXYPlot().getRangeAxis()).isInstanceOf(LogAxis.class);
        assertThat(pixels.countInDataArea(ChartStyle.seriesColour(0))).isGreaterThan(LINE_PIXELS);
        for (int k = 5; k < x.length - 5; k += 7) {
            assertThat(Pixels.same(pixels.at(x[k], y[k]), ChartStyle.seriesColour(0))).as("point %d", k).isTrue();
        }
    }

    @Test
    void aLogXAxisTurnsNonPositiveAbscissaeIntoGapsThatDoNotStretchIt() {
        double[][] points = LinesChart.points(new double[] {-1, 0, 2, 8, Double.NaN}, new double[] {1, 2, 3, 4, 5}, true);
        assertThat(points[0]).containsExactly(2, 2, 2, 8, 2);
        assertThat(points[1][0]).isNaN();
        assertThat(points[1][1]).isNaN();
        assertThat(points[1][2]).isEqualTo(3);
        assertThat(points[1][3]).isEqualTo(4);
        assertThat(points[1][4]).isNaN();
        assertThat(LinesChart.points(new double[] {-1, 0}, new double[] {1, 2}, false)[0]).containsExactly(-1, 0);

        LineChart spec = new LineChart("gaps", "gaps", "h", "error", List.of(new Series("e", new double[] {0, 0.5, 0.25, 0.125},
                new double[] {1, 4e-2, 1e-2, 2.5e-3})), true, true);
        JFreeChart chart = LinesChart.build(spec);
        Pixels.draw(chart, WIDTH, HEIGHT);
        assertThat(chart.getXYPlot().getDomainAxis().getLowerBound()).isPositive();
    }

    @Test
    void theOldConstructorKeepsALinearXAxis() {
        LineChart spec = twoLines(true);
        assertThat(spec.logX()).isFalse();
        assertThat(LinesChart.build(spec).getXYPlot().getDomainAxis()).isInstanceOf(NumberAxis.class);
    }

    @Test
    void fewPointsGetMarkersManyDoNot() {
        LineChart spec = new LineChart("few", "few", "h", "e", List.of(new Series("few", new double[] {1, 2, 3}, new double[] {1, 2, 3}),
                twoLines(false).series().get(0)), false, false);
        var renderer = (org.jfree.chart.renderer.xy.XYLineAndShapeRenderer) LinesChart.build(spec).getXYPlot().getRenderer();
        assertThat(renderer.getSeriesShapesVisible(0)).isTrue();
        assertThat(renderer.getSeriesShapesVisible(1)).isFalse();
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
    static LineChart twoLines(boolean logY) {
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
