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
        long lit = 0;
        for (int y = 12; y < 32; y++) {
            for (int x = 30; x < 64; x++) {
                lit += (image.getRGB(x, y) & 0xffffff) != 0 ? 1 : 0;
            }
        }
        assertThat(lit).as("pixels of the label, right of the line's middle").isPositive();
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
