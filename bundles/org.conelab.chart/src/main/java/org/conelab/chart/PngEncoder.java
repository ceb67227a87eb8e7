package org.conelab.chart;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.SinglePixelPackedSampleModel;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A PNG encoder for opaque RGB images (ISO/IEC 15948): 8-bit truecolour, no alpha, no
 * interlace, every scanline with filter type 1 ("Sub": each byte minus the byte of the pixel to
 * its left), compressed by the JDK's zlib ({@link Deflater}, level {@link #LEVEL}).
 *
 * <p>Why not ImageIO: its PNG writer walks the raster sample by sample and tries five filters per
 * row in Java, which in a short-lived JVM runs mostly in the interpreter — most of the time of a
 * small run went there. This one reads the image's {@code int} pixels directly in one loop and
 * leaves the compression to native code; the file decodes to exactly the same pixels.
 *
 * <p>Contract: {@code image} is {@link BufferedImage#TYPE_INT_RGB} (as the renderer draws it);
 * the bytes written form one complete PNG stream; {@code out} is not closed.
 */
final class PngEncoder {

    /** zlib's level: 6 is its default balance of size and speed. */
    static final int LEVEL = 6;

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final int FILTER_SUB = 1;

    private PngEncoder() {
    }

    static void write(BufferedImage image, OutputStream out) throws IOException {
        if (image.getType() != BufferedImage.TYPE_INT_RGB) {
            throw new IllegalArgumentException("PngEncoder takes TYPE_INT_RGB images, got type " + image.getType());
        }
        int width = image.getWidth();
        int height = image.getHeight();
        out.write(SIGNATURE);
        chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0).array());
        chunk(out, "IDAT", compressedScanlines(image, width, height));
        chunk(out, "IEND", new byte[0]);
    }

    /** The zlib stream of every scanline, each a filter-type byte then its Sub-filtered RGB bytes. */
    private static byte[] compressedScanlines(BufferedImage image, int width, int height) {
        WritableRaster raster = image.getRaster();
        int[] pixels = ((DataBufferInt) raster.getDataBuffer()).getData();
        int stride = ((SinglePixelPackedSampleModel) raster.getSampleModel()).getScanlineStride();
        int origin = raster.getDataBuffer().getOffset() - raster.getSampleModelTranslateY() * stride
                - raster.getSampleModelTranslateX();
        byte[] row = new byte[1 + 3 * width];
        row[0] = FILTER_SUB;
        Deflater deflater = new Deflater(LEVEL);
        ByteArrayOutputStream compressed = new ByteArrayOutputStream(width * height / 4 + 64);
        byte[] buffer = new byte[1 << 16];
        try {
            for (int y = 0; y < height; y++) {
                int left = 0;
                int offset = origin + y * stride;
                for (int x = 0, b = 1; x < width; x++, b += 3) {
                    int rgb = pixels[offset + x];
                    row[b] = (byte) ((rgb >>> 16) - (left >>> 16));
                    row[b + 1] = (byte) ((rgb >>> 8) - (left >>> 8));
                    row[b + 2] = (byte) (rgb - left);
                    left = rgb;
                }
                deflater.setInput(row);
                drain(deflater, buffer, compressed);
            }
            deflater.finish();
            while (!deflater.finished()) {
                compressed.write(buffer, 0, deflater.deflate(buffer));
            }
            return compressed.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static void drain(Deflater deflater, byte[] buffer, ByteArrayOutputStream compressed) {
        while (!deflater.needsInput()) {
            compressed.write(buffer, 0, deflater.deflate(buffer));
        }
    }

    /** One chunk: length, type, data, and the CRC-32 of type and data. */
    private static void chunk(OutputStream out, String type, byte[] data) throws IOException {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.write(ByteBuffer.allocate(4).putInt(data.length).array());
        out.write(typeBytes);
        out.write(data);
        out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
