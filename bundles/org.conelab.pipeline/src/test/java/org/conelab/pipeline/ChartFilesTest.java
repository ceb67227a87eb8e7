package org.conelab.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.conelab.api.chart.ChartRenderer;
import org.conelab.api.chart.ChartSpec;
import org.conelab.api.chart.LineChart;
import org.conelab.api.chart.Series;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Charts drawn several at a time: the same bytes as one after another, failures passed on, no thread left behind. */
class ChartFilesTest {

    @TempDir
    Path folder;

    /** Writes the chart's name and size as the "PNG", and records which threads drew. */
    static class NamingRenderer implements ChartRenderer {
        final Set<Thread> threads = ConcurrentHashMap.newKeySet();
        String failOn;

        @Override
        public BufferedImage render(ChartSpec chart, int width, int height) {
            return new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        }

        @Override
        public void writePng(ChartSpec chart, int width, int height, OutputStream out) throws IOException {
            threads.add(Thread.currentThread());
            if (chart.name().equals(failOn)) {
                throw new IOException("disk full (simulated) at " + chart.name());
            }
            out.write((chart.name() + " " + width + "x" + height).getBytes());
        }
    }

    private static List<ChartFiles.Png> charts(int count) {
        List<ChartFiles.Png> charts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LineChart chart = new LineChart("c" + i, "chart " + i, "x", "y",
                    List.of(new Series("s", new double[] {0, 1}, new double[] {1, 2})), false);
            charts.add(new ChartFiles.Png("chart-" + i + ".png", chart));
        }
        return charts;
    }

    @Test
    void everyChartIsWrittenToItsFileWithTheBytesTheRendererGave() throws IOException {
        NamingRenderer renderer = new NamingRenderer();
        ChartFiles.write(renderer, charts(7), 30, 20, folder);
        for (int i = 0; i < 7; i++) {
            ByteArrayOutputStream alone = new ByteArrayOutputStream();
            new NamingRenderer().writePng(charts(7).get(i).chart(), 30, 20, alone);
            assertThat(Files.readAllBytes(folder.resolve("chart-" + i + ".png"))).isEqualTo(alone.toByteArray());
        }
        // at most one thread per core; which of them took which chart is up to the scheduler (under
        // load a drawing thread can take all seven before the caller takes one)
        assertThat(renderer.threads).hasSizeLessThanOrEqualTo(Runtime.getRuntime().availableProcessors());
    }

    @Test
    void aFailingChartIsThrownAndNoDrawingThreadOutlivesTheCall() {
        NamingRenderer renderer = new NamingRenderer();
        renderer.failOn = "c3";
        assertThatThrownBy(() -> ChartFiles.write(renderer, charts(6), 30, 20, folder))
                .isInstanceOf(IOException.class).hasMessageContaining("c3");
        assertThat(renderer.threads).allSatisfy(t -> assertThat(t == Thread.currentThread() || !t.isAlive()).isTrue());
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().startsWith(ChartFiles.THREAD_PREFIX));
    }

    @Test
    void aRendererErrorIsThrownAsItself() {
        ChartRenderer broken = new NamingRenderer() {
            @Override
            public void writePng(ChartSpec chart, int width, int height, OutputStream out) {
                throw new IllegalStateException("no fonts");
            }
        };
        assertThatThrownBy(() -> ChartFiles.write(broken, charts(3), 30, 20, folder))
                .isInstanceOf(IllegalStateException.class).hasMessage("no fonts");
    }
}
