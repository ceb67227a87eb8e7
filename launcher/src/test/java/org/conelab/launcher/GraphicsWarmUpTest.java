package org.conelab.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.awt.image.BufferedImage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The graphics warm-up draws and encodes a real PNG headless, on a daemon thread that ends by itself. */
class GraphicsWarmUpTest {

    @Test
    void drawsAnImageThatDecodesAsAPngOfItsSize() throws IOException {
        Platform.initialiseHeadlessAwt();
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(GraphicsWarmUp.drawOnce()));
        assertThat(decoded).isNotNull();
        assertThat(decoded.getWidth()).isEqualTo(64);
        assertThat(decoded.getHeight()).isEqualTo(32);
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
