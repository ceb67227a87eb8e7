package org.conelab.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.conelab.api.chart.Histogram;
import org.conelab.api.chart.Series;
import org.jfree.chart.JFreeChart;
import org.jfree.data.statistics.HistogramDataset;
import org.junit.jupiter.api.Test;

class HistogramChartTest {

    private static final int WIDTH = 800;
    private static final int HEIGHT = 500;
    private static final double EXACT = 1e-12;
    private static final long SEED = 20240611L;

    @Test
    void countsMatchAHandCountOverSharedBins() {
        // all values together span [0, 4]; 4 bins of width 1: [0,1) [1,2) [2,3) [3,4]
        Series a = sample("a", 0, 0.5, 1.5, 3.9, Double.NaN);
        Series b = sample("b", 2, 2.5, 4, Double.POSITIVE_INFINITY);
        HistogramDataset dataset = HistogramChart.dataset(new Histogram("h", "h", "v", List.of(a, b), 4));

        assertThat(dataset.getSeriesCount()).isEqualTo(2);
        assertThat(counts(dataset, 0)).containsExactly(2, 1, 0, 1);
        assertThat(counts(dataset, 1)).containsExactly(0, 0, 2, 1);
        for (int bin = 0; bin < 4; bin++) {
            assertThat(dataset.getStartXValue(0, bin)).isCloseTo(bin, within(EXACT));
            assertThat(dataset.getStartXValue(1, bin)).isCloseTo(bin, within(EXACT));
        }
    }

    @Test
    void aSingleValueGetsAUnitRange() {
        HistogramDataset dataset = HistogramChart.dataset(new Histogram("h", "h", "v", List.of(sample("a", 3, 3)), 1));
        assertThat(dataset.getStartXValue(0, 0)).isCloseTo(2.5, within(EXACT));
        assertThat(dataset.getEndXValue(0, 0)).isCloseTo(3.5, within(EXACT));
        assertThat(dataset.getYValue(0, 0)).isEqualTo(2);
    }

    @Test
    void samplesAreTranslucentAndTheirTotalsPreserved() {
        Histogram spec = twoSamples();
        JFreeChart chart = HistogramChart.build(spec);
        HistogramDataset dataset = (HistogramDataset) chart.getXYPlot().getDataset();

        assertThat(chart.getXYPlot().getRenderer().getSeriesPaint(0)).isInstanceOfSatisfying(Color.class,
                c -> assertThat(c.getAlpha()).isEqualTo(HistogramChart.FILL_ALPHA));
        assertThat(dataset.getItemCount(0)).isEqualTo(spec.bins());
        assertThat(Arrays.stream(counts(dataset, 0)).sum()).isEqualTo(spec.samples().get(0).y().length);
        assertThat(Arrays.stream(counts(dataset, 1)).sum()).isEqualTo(spec.samples().get(1).y().length);
    }

    @Test
    void emptySamplesRender() {
        Histogram none = new Histogram("h", "h", "v", List.of(), 10);
        Histogram blank = new Histogram("h", "h", "v", List.of(sample("a")), 10);
        assertThat(Pixels.draw(HistogramChart.build(none), WIDTH, HEIGHT).image().getWidth()).isEqualTo(WIDTH);
        assertThat(Pixels.draw(HistogramChart.build(blank), WIDTH, HEIGHT).image().getWidth()).isEqualTo(WIDTH);
    }

    /** Writes target/sample-histogram.png to look at. */
    @Test
    void writesASampleForVisualInspection() throws IOException {
        Path file = Path.of("target", "sample-histogram.png");
        Files.createDirectories(file.getParent());
        ImageIO.write(new JFreeChartRenderer().render(twoSamples(), WIDTH, HEIGHT), "png", file.toFile());
        assertThat(Files.size(file)).isPositive();
    }

    private static Histogram twoSamples() {
        Random random = new Random(SEED);
        double[] is = new double[2000];
        double[] mse = new double[2000];
        for (int k = 0; k < is.length; k++) {
            is[k] = 0.5 + 0.15 * random.nextGaussian();
            mse[k] = 0.8 + 0.25 * random.nextGaussian();
        }
        return new Histogram("eigen", "Spectrum of ηKW", "eigenvalue λ",
                List.of(new Series("IS", new double[is.length], is), new Series("MSE", new double[mse.length], mse)), 40);
    }

    private static Series sample(String label, double... values) {
        return new Series(label, new double[values.length], values);
    }

    private static int[] counts(HistogramDataset dataset, int series) {
        int[] counts = new int[dataset.getItemCount(series)];
        for (int bin = 0; bin < counts.length; bin++) {
            counts[bin] = (int) dataset.getYValue(series, bin);
        }
        return counts;
    }
}
