package org.conelab.pipeline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.conelab.api.chart.ChartRenderer;
import org.conelab.api.chart.ChartSpec;

/**
 * Draws a run's charts as PNG files, several at a time: each chart is drawn and encoded into
 * memory on one of up to {@code min(charts, processors)} threads (drawing and PNG encoding are
 * CPU-bound and independent per chart), then the files are written in order on the calling
 * thread. The threads are started and joined within {@link #write}, so none outlives the call.
 *
 * <p>Contract: either every file is written, or the first failure is thrown (an
 * {@link IOException} as {@link UncheckedIOException}; a {@link RuntimeException} or
 * {@link Error} as itself) and files may have been written — the caller writes into a partial
 * folder that it deletes on failure.
 */
final class ChartFiles {

    /** One chart and the file name it is written to. */
    record Png(String file, ChartSpec chart) {
    }

    static final String THREAD_PREFIX = "conelab-charts-";

    private ChartFiles() {
    }

    /** Draws every chart with {@code renderer} at {@code width}×{@code height} into {@code folder}. */
    static void write(ChartRenderer renderer, List<Png> charts, int width, int height, Path folder) throws IOException {
        byte[][] images = new byte[charts.size()][];
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable drawing = () -> {
            for (int i = next.getAndIncrement(); i < charts.size() && failure.get() == null; i = next.getAndIncrement()) {
                try {
                    ByteArrayOutputStream png = new ByteArrayOutputStream(1 << 17);
                    renderer.writePng(charts.get(i).chart(), width, height, png);
                    images[i] = png.toByteArray();
                } catch (IOException | RuntimeException | Error e) {
                    failure.compareAndSet(null, e);
                }
            }
        };
        List<Thread> helpers = new ArrayList<>();
        int threads = Math.min(charts.size(), Runtime.getRuntime().availableProcessors());
        for (int t = 1; t < threads; t++) {
            Thread helper = new Thread(drawing, THREAD_PREFIX + t);
            helper.setDaemon(true);
            helper.start();
            helpers.add(helper);
        }
        drawing.run();
        joinAll(helpers);
        rethrow(failure.get());
        for (int i = 0; i < charts.size(); i++) {
            Files.write(folder.resolve(charts.get(i).file()), images[i]);
        }
    }

    private static void joinAll(List<Thread> threads) {
        boolean interrupted = false;
        for (Thread thread : threads) {
            while (thread.isAlive()) {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void rethrow(Throwable failure) throws IOException {
        if (failure instanceof IOException io) {
            throw io;
        } else if (failure instanceof RuntimeException runtime) {
            throw runtime;
        } else if (failure instanceof Error error) {
            throw error;
        }
    }
}
