package org.conelab.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import org.conelab.api.InvalidInputException;
import org.conelab.api.ServiceProperties;
import org.conelab.api.chart.ChartRenderer;
import org.conelab.api.chart.ChartSpec;
import org.conelab.api.chart.HeatMap;
import org.conelab.api.chart.Histogram;
import org.conelab.api.chart.LineChart;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.osgi.service.component.annotations.Component;

/**
 * Draws chart specifications with JFreeChart into images, headless: a {@link HeatMap} by
 * {@link HeatMapChart}, a {@link LineChart} by {@link LinesChart}, a {@link Histogram} by
 * {@link HistogramChart}. Images are opaque RGB on a white background. While a chart is built
 * and drawn the thread context class loader is JFreeChart's own, so that its localisation
 * bundles resolve inside an OSGi framework; the caller's loader is restored afterwards.
 * Thread-safe: every call builds its own chart.
 */
@Component(service = ChartRenderer.class, property = {
    ServiceProperties.ID + "=jfreechart",
    "service.ranking:Integer=0",
    ServiceProperties.DESCRIPTION + "=JFreeChart: heat maps, line charts and histograms as PNG, headless",
})
public final class JFreeChartRenderer implements ChartRenderer {

    @Override
    public BufferedImage render(ChartSpec chart, int width, int height) {
        checkSize(width, height);
        Thread thread = Thread.currentThread();
        ClassLoader caller = thread.getContextClassLoader();
        thread.setContextClassLoader(JFreeChart.class.getClassLoader());
        try {
            return draw(build(chart), width, height, null);
        } finally {
            thread.setContextClassLoader(caller);
        }
    }

    @Override
    public void writePng(ChartSpec chart, int width, int height, OutputStream out) throws IOException {
        PngEncoder.write(render(chart, width, height), out);
    }

    /** @return the JFreeChart drawing of {@code spec} */
    static JFreeChart build(ChartSpec spec) {
        if (spec instanceof HeatMap map) {
            return HeatMapChart.build(map);
        } else if (spec instanceof LineChart lines) {
            return LinesChart.build(lines);
        } else if (spec instanceof Histogram histogram) {
            return HistogramChart.build(histogram);
        }
        throw new IllegalStateException("unknown chart kind " + spec.getClass().getName());
    }

    /**
     * Draws {@code chart} on white into a new {@code width}×{@code height} RGB image.
     *
     * @param info receives the layout (data area, entities), or null
     */
    static BufferedImage draw(JFreeChart chart, int width, int height, ChartRenderingInfo info) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setPaint(ChartStyle.BACKGROUND);
            g.fillRect(0, 0, width, height);
            chart.draw(g, new Rectangle2D.Double(0, 0, width, height), info);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void checkSize(int width, int height) {
        if (width < 1) {
            throw new InvalidInputException("width", "must be a positive number of pixels, got " + width);
        }
        if (height < 1) {
            throw new InvalidInputException("height", "must be a positive number of pixels, got " + height);
        }
    }
}
