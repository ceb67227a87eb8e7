package org.conelab.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.conelab.api.InvalidInputException;
import org.conelab.api.chart.ChartSpec;
import org.conelab.api.chart.Histogram;
import org.conelab.api.chart.LineChart;
import org.conelab.api.chart.Series;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class JFreeChartRendererTest {

    /** The eight bytes every PNG file starts with. */
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private final JFreeChartRenderer renderer = new JFreeChartRenderer();

    static Stream<ChartSpec> charts() {
        Series line = new Series("s", new double[] {0, 1, 2, 3}, new double[] {1, 0, 4, Double.NaN});
        return Stream.of(
                HeatMapChartTest.sampleCone(HeatMapChartTest.cone(40, 1)),
                HeatMapChartTest.grid(0, 4, 0, 3, (x, y) -> x == y ? Double.NaN : x * y, List.of()),
                new LineChart("l", "lines", "x", "y", List.of(line), false),
                new LineChart("l", "lines", "x", "y", List.of(line), true),
                new LineChart("l", "no lines", "x", "y", List.of(), true),
                new Histogram("h", "histogram", "v", List.of(line), 3),
                new Histogram("h", "no samples", "v", List.of(), 3));
    }

    @ParameterizedTest
    @MethodSource("charts")
    void rendersEveryKindAtExactlyTheRequestedSize(ChartSpec chart) {
        BufferedImage image = renderer.render(chart, 640, 420);
        assertThat(image.getWidth()).isEqualTo(640);
        assertThat(image.getHeight()).isEqualTo(420);
        BufferedImage tiny = renderer.render(chart, 1, 1);
        assertThat(tiny.getWidth()).isEqualTo(1);
        assertThat(tiny.getHeight()).isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource("charts")
    void writesAPngThatDecodesToTheRequestedSize(ChartSpec chart) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.writePng(chart, 500, 300, out);
        byte[] png = out.toByteArray();

        assertThat(Arrays.copyOf(png, PNG_SIGNATURE.length)).isEqualTo(PNG_SIGNATURE);
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(decoded.getWidth()).isEqualTo(500);
        assertThat(decoded.getHeight()).isEqualTo(300);
        assertThat(decoded.getRGB(250, 150)).isEqualTo(renderer.render(chart, 500, 300).getRGB(250, 150));
    }

    @Test
    void theServicePaintsTheHotCellWhereTheBuilderPutsIt() {
        var map = HeatMapChartTest.grid(-10, 10, 0, 10, (x, y) -> x == 3 && y == 5 ? 0 : -17, List.of());
        Pixels layout = Pixels.draw(HeatMapChart.build(map), 700, 500);
        BufferedImage image = renderer.render(map, 700, 500);

        int px = (int) layout.plot().getDomainAxis().valueToJava2D(3, layout.dataArea(), layout.plot().getDomainAxisEdge());
        int py = (int) layout.plot().getRangeAxis().valueToJava2D(5, layout.dataArea(), layout.plot().getRangeAxisEdge());
        assertThat(image.getRGB(px, py) & 0xFFFFFF).isEqualTo(0xFDE725);
        assertThat(image.getRGB(0, 0) & 0xFFFFFF).isEqualTo(0xFFFFFF);
    }

    @Test
    void restoresTheCallersContextClassLoader() {
        ClassLoader mine = new URLClassLoader(new URL[0], null);
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(mine);
        try {
            renderer.render(HeatMapChartTest.sampleCone(List.of()), 300, 200);
            assertThat(thread.getContextClassLoader()).isSameAs(mine);
            assertThatThrownBy(() -> renderer.render(HeatMapChartTest.grid(0, 1, 0, 1, (x, y) -> 0, List.of()), 0, 10))
                    .isInstanceOf(InvalidInputException.class);
            assertThat(thread.getContextClassLoader()).isSameAs(mine);
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    @Test
    void rejectsSizesBelowOnePixelNamingTheDimension() {
        ChartSpec chart = new LineChart("l", "l", "x", "y", List.of(), false);
        assertThatThrownBy(() -> renderer.render(chart, 0, 10)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("width:");
        assertThatThrownBy(() -> renderer.writePng(chart, 10, -1, new ByteArrayOutputStream()))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("height:");
    }
}
