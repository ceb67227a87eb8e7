package org.conelab.launcher;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;

/**
 * Loads what the first chart of a run needs from the JDK — the headless graphics pipeline, the
 * fonts (fontconfig) and the anti-aliasing rasteriser — on a background thread
 * while the framework starts, so that a run's charts do not pay for it on the critical path.
 *
 * <p>Everything touched lives in the JDK's own modules, shared by every class loader, so the
 * chart bundle finds it loaded; the thread holds no bundle class and ends by itself (it is a
 * daemon, so it never delays the JVM's exit). A failure here only loses the head start: the
 * chart bundle reports real problems when it draws.
 */
final class GraphicsWarmUp {

    static final String THREAD_NAME = "conelab graphics warm-up";

    private GraphicsWarmUp() {
    }

    /** Starts the warm-up; returns at once. */
    static Thread start() {
        Thread thread = new Thread(GraphicsWarmUp::drawOnce, THREAD_NAME);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** Draws a line and a label, anti-aliased, into a small image. */
    static BufferedImage drawOnce() {
        BufferedImage image = new BufferedImage(64, 32, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setStroke(new BasicStroke(1.5f));
            g.draw(new Line2D.Double(0, 0, 63, 31));
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            g.drawString("η 0.5", 2, 20);
        } finally {
            g.dispose();
        }
        return image;
    }
}
