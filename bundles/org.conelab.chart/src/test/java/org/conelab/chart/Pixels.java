package org.conelab.chart;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;

/** A chart drawn for a test, with the layout needed to find a data point's pixel. */
record Pixels(BufferedImage image, XYPlot plot, Rectangle2D dataArea) {

    /** Largest per-channel difference between colours still taken as the same colour. */
    static final int SAME_COLOUR = 12;

    static Pixels draw(JFreeChart chart, int width, int height) {
        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage image = JFreeChartRenderer.draw(chart, width, height, info);
        return new Pixels(image, chart.getXYPlot(), info.getPlotInfo().getDataArea());
    }

    /** @return the colour of the pixel that shows the data point (x, y) */
    Color at(double x, double y) {
        double px = plot.getDomainAxis().valueToJava2D(x, dataArea, plot.getDomainAxisEdge());
        double py = plot.getRangeAxis().valueToJava2D(y, dataArea, plot.getRangeAxisEdge());
        return new Color(image.getRGB((int) Math.floor(px), (int) Math.floor(py)));
    }

    /** @return how many pixels inside the data area have about the colour {@code target} */
    int countInDataArea(Color target) {
        int count = 0;
        for (int py = (int) Math.ceil(dataArea.getMinY()); py < (int) dataArea.getMaxY(); py++) {
            for (int px = (int) Math.ceil(dataArea.getMinX()); px < (int) dataArea.getMaxX(); px++) {
                count += same(new Color(image.getRGB(px, py)), target) ? 1 : 0;
            }
        }
        return count;
    }

    /** @return how many pixels of the whole image have about the colour {@code target} */
    static int count(BufferedImage image, Color target) {
        int count = 0;
        for (int py = 0; py < image.getHeight(); py++) {
            for (int px = 0; px < image.getWidth(); px++) {
                count += same(new Color(image.getRGB(px, py)), target) ? 1 : 0;
            }
        }
        return count;
    }

    static boolean same(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) <= SAME_COLOUR
                && Math.abs(a.getGreen() - b.getGreen()) <= SAME_COLOUR
                && Math.abs(a.getBlue() - b.getBlue()) <= SAME_COLOUR;
    }
}
