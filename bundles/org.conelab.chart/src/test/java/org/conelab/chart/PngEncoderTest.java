package org.conelab.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Random;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The PNG encoder against the JDK's own PNG decoder: every pixel back exactly, every chunk's CRC right. */
class PngEncoderTest {

    private static BufferedImage randomImage(int width, int height, long seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(seed);
        int[] pixels = ((java.awt.image.DataBufferInt) image.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < pixels.length; i++) {
            // the unused top byte set at random too: it must not leak into the colours
            pixels[i] = random.nextInt(4) == 0 ? pixels[Math.max(0, i - 1)] : random.nextInt();
        }
        return image;
    }

    private static byte[] encode(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PngEncoder.write(image, out);
        return out.toByteArray();
    }

    private static void assertDecodesTo(byte[] png, BufferedImage expected) throws IOException {
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(decoded).isNotNull();
        assertThat(decoded.getWidth()).isEqualTo(expected.getWidth());
        assertThat(decoded.getHeight()).isEqualTo(expected.getHeight());
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                int want = expected.getRGB(x, y) & 0xffffff;
                int got = decoded.getRGB(x, y) & 0xffffff;
                if (want != got) {
                    throw new AssertionError("pixel (" + x + ", " + y + "): " + Integer.toHexString(got) + ", expected "
                            + Integer.toHexString(want));
                }
            }
        }
    }

    @Test
    void randomImagesOfManyShapesDecodeToTheSamePixels() throws IOException {
        int[][] shapes = {{1, 1}, {1, 7}, {7, 1}, {3, 5}, {1000, 700}, {3001, 2}};
        for (int[] shape : shapes) {
            BufferedImage image = randomImage(shape[0], shape[1], shape[0] * 31L + shape[1]);
            assertDecodesTo(encode(image), image);
        }
    }

    @Test
    void aSubImageIsEncodedFromItsOwnPixels() throws IOException {
        BufferedImage whole = randomImage(40, 30, 5);
        BufferedImage part = whole.getSubimage(7, 4, 20, 11);
        assertDecodesTo(encode(part), part);
    }

    @Test
    void aDrawnChartDecodesToTheSamePixels() throws IOException {
        BufferedImage chart = new JFreeChartRenderer().render(LinesChartTest.twoLines(true), 640, 480);
        assertDecodesTo(encode(chart), chart);
    }

    @Test
    void everyChunkCarriesTheCrcOfItsTypeAndData() throws IOException {
        ByteBuffer png = ByteBuffer.wrap(encode(randomImage(50, 20, 9)));
        byte[] signature = new byte[8];
        png.get(signature);
        assertThat(signature).containsExactly(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
        StringBuilder types = new StringBuilder();
        while (png.hasRemaining()) {
            int length = png.getInt();
            byte[] typeAndData = new byte[4 + length];
            png.get(typeAndData);
            CRC32 crc = new CRC32();
            crc.update(typeAndData);
            assertThat(png.getInt()).isEqualTo((int) crc.getValue());
            types.append(new String(typeAndData, 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).append(' ');
        }
        assertThat(types.toString().trim()).isEqualTo("IHDR IDAT IEND");
    }

    @Test
    void anImageWithAlphaIsRefused() {
        assertThatThrownBy(() -> encode(new BufferedImage(2, 2, BufferedImage.TYPE_INT_ARGB)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TYPE_INT_RGB");
    }
}
