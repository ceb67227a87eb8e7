package org.conelab.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** The graphics warm-up draws headless, on a daemon thread that ends by itself. */
class GraphicsWarmUpTest {

    @Test
    void drawsTheLineAndTheLabelHeadless() {
        Platform.initialiseHeadlessAwt();
        BufferedImage image = GraphicsWarmUp.drawOnce();
        assertThat(image.getRGB(0, 0) & 0xffffff).as("the line's first pixel").isNotZero();
        // the label's first glyphs (x from 2, baseline y = 20) below the line y = x/2, which this box never meets
        long lit = 0;
        for (int y = 14; y <= 20; y++) {
            for (int x = 2; x < 20; x++) {
                lit += (image.getRGB(x, y) & 0xffffff) != 0 ? 1 : 0;
            }
        }
        assertThat(lit).as("pixels of the label, away from the line").isPositive();
    }

    @Test
    void runsOnADaemonThreadThatEnds() throws InterruptedException {
        Thread thread = GraphicsWarmUp.start();
        assertThat(thread.isDaemon()).isTrue();
        assertThat(thread.getName()).isEqualTo(GraphicsWarmUp.THREAD_NAME);
        thread.join(30_000);
        assertThat(thread.isAlive()).isFalse();
    }
}
