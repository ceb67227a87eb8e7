package org.conelab.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.conelab.api.InvalidInputException;
import org.conelab.api.chart.HeatMap;
import org.conelab.api.chart.Series;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.PaintScaleLegend;
import org.junit.jupiter.api.Test;

class HeatMapChartTest {

    private static final int WIDTH = 900;
    private static final int HEIGHT = 600;
    private static final double FLOOR = -17;
    private static final double EXACT = 1e-12;
    private static final Color DARKEST = new Color(0x440154);
    private static final Color BRIGHTEST = new Color(0xFDE725);
    private static final Color CONE = HeatMapChart.OVERLAY_COLOURS.get(0);

    /** Fewest cone-coloured pixels expected: two lines of about 300 pixels each. */
    private static final int CONE_PIXELS = 200;

    @Test
    void aSingleHotCellIsPaintedBrightAndTheRestDark() {
        HeatMap map = grid(-10, 10, 0, 10, (x, y) -> x == 3 && y == 5 ? 0 : FLOOR, List.of());
        Pixels pixels = Pixels.draw(HeatMapChart.build(map), WIDTH, HEIGHT);

        assertThat(pixels.at(3, 5)).isEqualTo(BRIGHTEST);
        // the block spans ±½ cell around its centre
        assertThat(pixels.at(3.4, 5.4)).isEqualTo(BRIGHTEST);
        assertThat(pixels.at(3.6, 5)).isEqualTo(DARKEST);
        assertThat(pixels.at(-7, 2)).isEqualTo(DARKEST);
        assertThat(pixels.countInDataArea(Color.WHITE)).isZero();
    }

    @Test
    void nanCellsStayBlank() {
        HeatMap map = grid(-10, 10, 0, 10, (x, y) -> x == -4 && y == 7 ? Double.NaN : x, List.of());
        Pixels pixels = Pixels.draw(HeatMapChart.build(map), WIDTH, HEIGHT);

        assertThat(pixels.at(-4, 7)).isEqualTo(Color.WHITE);
        assertThat(pixels.at(-4, 6)).isNotEqualTo(Color.WHITE);
        assertThat(pixels.at(-10, 7)).isEqualTo(DARKEST);
        assertThat(pixels.at(10, 7)).isEqualTo(BRIGHTEST);
    }

    @Test
    void theConeOverlayIsDrawnAboveTheCellsAndListedOnceInTheLegend() {
        HeatMap plain = sampleCone(List.of());
        HeatMap coned = sampleCone(cone(40, 1));
        Pixels without = Pixels.draw(HeatMapChart.build(plain), WIDTH, HEIGHT);
        Pixels with = Pixels.draw(HeatMapChart.build(coned), WIDTH, HEIGHT);

        assertThat(without.countInDataArea(CONE)).isZero();
        assertThat(with.countInDataArea(CONE)).isGreaterThan(CONE_PIXELS);
        // the line |x| = t passes through (20, 20) and (−20, 20)
        assertThat(Pixels.same(with.at(20, 20), CONE)).isTrue();
        assertThat(Pixels.same(with.at(-20, 20), CONE)).isTrue();
        assertThat(HeatMapChart.build(coned).getXYPlot().getLegendItems().getItemCount()).isEqualTo(1);
        assertThat(HeatMapChart.build(plain).getLegend()).isNull();
    }

    @Test
    void axesSpanExactlyTheBlocksAndTheScaleSpansTheValues() {
        JFreeChart chart = HeatMapChart.build(sampleCone(cone(40, 1)));

        assertThat(chart.getXYPlot().getDomainAxis().getLowerBound()).isCloseTo(-60.5, within(EXACT));
        assertThat(chart.getXYPlot().getDomainAxis().getUpperBound()).isCloseTo(60.5, within(EXACT));
        assertThat(chart.getXYPlot().getRangeAxis().getLowerBound()).isCloseTo(-0.5, within(EXACT));
        assertThat(chart.getXYPlot().getRangeAxis().getUpperBound()).isCloseTo(40.5, within(EXACT));
        PaintScaleLegend scale = chart.getSubtitles().stream().filter(PaintScaleLegend.class::isInstance)
                .map(PaintScaleLegend.class::cast).findFirst().orElseThrow();
        assertThat(scale.getAxis().getLabel()).isEqualTo("log₁₀ |J_t(i, j)|");
        assertThat(scale.getScale().getLowerBound()).isCloseTo(FLOOR, within(EXACT));
        assertThat(scale.getScale().getUpperBound()).isCloseTo(0, within(EXACT));
    }

    @Test
    void extentOfEvenlySpacedCentres() {
        HeatMapChart.Extent extent = HeatMapChart.Extent.of("x", new double[] {0.5, 1.0, 1.5, 2.0});
        assertThat(extent.step()).isCloseTo(0.5, within(EXACT));
        assertThat(extent.lower()).isCloseTo(0.25, within(EXACT));
        assertThat(extent.upper()).isCloseTo(2.25, within(EXACT));
        assertThat(HeatMapChart.Extent.of("x", new double[] {4})).isEqualTo(new HeatMapChart.Extent(3.5, 4.5, 1));
    }

    @Test
    void descendingCentresAreRejectedNamingTheAxis() {
        assertThatThrownBy(() -> HeatMapChart.Extent.of("cone: x", new double[] {2, 1}))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("cone: x:");
    }

    @Test
    void degenerateMapsRender() {
        HeatMap empty = new HeatMap("empty", "empty", "x", "y", "v", new double[0], new double[0], new double[0][],
                List.of());
        HeatMap allNan = grid(0, 3, 0, 2, (x, y) -> Double.NaN, List.of());
        HeatMap constant = grid(0, 0, 0, 0, (x, y) -> 2.0, List.of());

        assertThat(Pixels.draw(HeatMapChart.build(empty), WIDTH, HEIGHT).image().getWidth()).isEqualTo(WIDTH);
        assertThat(Pixels.draw(HeatMapChart.build(allNan), WIDTH, HEIGHT).countInDataArea(Color.WHITE))
                .isPositive();
        // a constant map takes the middle colour
        assertThat(Pixels.draw(HeatMapChart.build(constant), WIDTH, HEIGHT).at(0, 0)).isEqualTo(new Color(0x21918C));
    }

    /** Writes target/sample-cone.png, the chart to look at when changing the style. */
    @Test
    void writesASampleLightConeForVisualInspection() throws IOException {
        Path file = Path.of("target", "sample-cone.png");
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            new JFreeChartRenderer().writePng(sampleCone(cone(40, 1)), WIDTH, HEIGHT, out);
        }
        assertThat(ImageIO.read(file.toFile()).getWidth()).isEqualTo(WIDTH);
    }

    /**
     * log₁₀|J_t(i, j)| floored at −17 for J_t = (I − ηA)^t, A = tridiag(−1, 2, −1), η = 0.4:
     * I − ηA = tridiag(0.4, 0.2, 0.4) has range R = 1, so J_t(i, j) = 0 for |i − j| > t.
     */
    static HeatMap sampleCone(List<Series> overlays) {
        int half = 60;
        int steps = 40;
        double[] e = new double[2 * half + 1];
        e[half] = 1;
        double[][] values = new double[steps + 1][];
        for (int t = 0; t <= steps; t++) {
            values[t] = Arrays.stream(e).map(v -> Math.max(FLOOR, Math.log10(Math.abs(v)))).toArray();
            double[] next = new double[e.length];
            for (int i = 0; i < e.length; i++) {
                // e ← (I − ηA)·e
                next[i] = 0.2 * e[i] + 0.4 * ((i > 0 ? e[i - 1] : 0) + (i + 1 < e.length ? e[i + 1] : 0));
            }
            e = next;
        }
        return new HeatMap("cone", "Light cone of the propagator J_t = (I − ηKW)^t", "i − j", "t",
                "log₁₀ |J_t(i, j)|", range(-half, half), range(0, steps), values, overlays);
    }

    /** The cone |x| = R·t for t = 0 … steps, as two lines of the same label. */
    static List<Series> cone(int steps, int reach) {
        double[] t = range(0, steps);
        double[] right = Arrays.stream(t).map(s -> reach * s).toArray();
        double[] left = Arrays.stream(t).map(s -> -reach * s).toArray();
        String label = "light cone |i − j| = tR";
        return List.of(new Series(label, right, t), new Series(label, left, t));
    }

    interface Cell {
        double value(double x, double y);
    }

    static HeatMap grid(int x0, int x1, int y0, int y1, Cell cell, List<Series> overlays) {
        double[] x = range(x0, x1);
        double[] y = range(y0, y1);
        double[][] values = new double[y.length][x.length];
        for (int r = 0; r < y.length; r++) {
            for (int c = 0; c < x.length; c++) {
                values[r][c] = cell.value(x[c], y[r]);
            }
        }
        return new HeatMap("grid", "grid", "x", "y", "value", x, y, values, overlays);
    }

    static double[] range(int from, int to) {
        double[] r = new double[to - from + 1];
        Arrays.setAll(r, k -> from + k);
        return r;
    }
}
