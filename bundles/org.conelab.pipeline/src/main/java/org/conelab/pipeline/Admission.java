package org.conelab.pipeline;

import java.util.Locale;
import org.conelab.api.InvalidInputException;
import org.conelab.api.kernel.Kernel;
import org.conelab.api.matrix.SymmetricMatrix;
import org.conelab.numeric.HeapBudget;

/**
 * Admission control: before a run allocates, it estimates the memory it will hold at once and is
 * refused, with the figure and how to raise the limit, when that exceeds what the heap allows,
 * {@code Runtime.maxMemory()} less a margin of {@value #MARGIN_FRACTION_PERCENT} % (at least
 * 64 MiB) for the platform itself.
 *
 * <p>Two checks. Before the graph is built ({@link #inputs}): the per-node vectors every run
 * holds, targets and initial predictions, and per loss its weights W, error e and gradient g,
 * with three work vectors of the products (W·e, K·W·e and a copy): {@code 5 + 3·losses} doubles
 * per node. After the kernel is generated and the solver chosen ({@link #run}): those, plus the
 * kernel's storage as it is held ({@link SymmetricMatrix#storageBytes()}), plus per loss the
 * light cone's response window, (T + 1) columns of min(n, 2·T·b + 1) doubles for a kernel of
 * half-bandwidth b, plus one chart raster ({@value #CHART_BYTES} bytes, charts are drawn one at a
 * time). Dense matrices are the solvers' and kernels' own: they refuse them before allocating
 * ({@link HeapBudget}). The estimate is a lower bound, so a refusal is certain; the
 * out-of-memory line of the shell remains for what it does not count.
 */
final class Admission {

    static final int MARGIN_FRACTION_PERCENT = 10;
    static final long MIN_MARGIN_BYTES = 64L << 20;
    /** One ARGB raster of a chart, {@link RunWriter#CHART_WIDTH} × {@link RunWriter#CHART_HEIGHT}. */
    static final long CHART_BYTES = 4L * RunWriter.CHART_WIDTH * RunWriter.CHART_HEIGHT;
    /** Doubles per node of every run, before its losses. */
    static final int BASE_VECTORS = 5;
    /** Doubles per node of each loss. */
    static final int LOSS_VECTORS = 3;

    /** What a run needs, in bytes, and what for. */
    record Need(int n, double bytes, String what) {
    }

    private final long maxMemory;

    /** @param maxMemory the heap's limit in bytes */
    Admission(long maxMemory) {
        this.maxMemory = maxMemory;
    }

    /** @return admission against this JVM's heap, {@code Runtime.maxMemory()} */
    static Admission ofRuntime() {
        return new Admission(Runtime.getRuntime().maxMemory());
    }

    /** @return the bytes a run may take: the heap's limit less the margin */
    long limit() {
        return maxMemory - margin();
    }

    private long margin() {
        return Math.max(MIN_MARGIN_BYTES, maxMemory / 100 * MARGIN_FRACTION_PERCENT);
    }

    /** @return the vectors of n nodes and {@code losses} losses, before any kernel */
    static Need inputs(int n, int losses) {
        int perNode = BASE_VECTORS + LOSS_VECTORS * losses;
        return new Need(n, (double) Double.BYTES * perNode * n, "its vectors (" + perNode + " doubles per node: targets, initial "
                + "predictions, and per loss weights, errors and gradients, with the work vectors of K·W·e)");
    }

    /** @return the vectors, the kernel's storage, the response windows of T steps and a chart raster */
    static Need run(Kernel kernel, int n, int losses, int steps, int analyzers) {
        SymmetricMatrix k = kernel.matrix();
        double band = Math.max(1, k.halfBandwidth());
        double window = Math.min(n, 2.0 * steps * band + 1);
        double responses = (double) Double.BYTES * losses * (steps + 1.0) * window;
        double bytes = inputs(n, losses).bytes() + k.storageBytes() + responses + (analyzers > 0 ? CHART_BYTES : 0);
        return new Need(n, bytes, String.format(Locale.ROOT, "its vectors, the kernel (%s) and %d response window(s) of %d steps"
                + " × %.0f nodes", HeapBudget.format(k.storageBytes()), losses, steps + 1, window));
    }

    /**
     * @param need what the run needs
     * @throws InvalidInputException with subject {@code n}, the figure, the limit and how to raise it
     */
    void require(Need need) {
        if (need.bytes() <= limit()) {
            return;
        }
        throw new InvalidInputException("n", "n = " + need.n() + " needs at least " + HeapBudget.format(need.bytes()) + " for "
                + need.what() + "; the heap allows " + HeapBudget.format(limit()) + " (Runtime.maxMemory " + HeapBudget.format(maxMemory)
                + " less a margin of " + HeapBudget.format(margin()) + "); raise it with CONELAB_JAVA_OPTS=-Xmx" + xmx(need.bytes())
                + " ./conelab …, or lower n; nothing was written");
    }

    /** @return an -Xmx value (whole GiB) whose limit holds {@code bytes} */
    static String xmx(double bytes) {
        double heap = Math.max(bytes + MIN_MARGIN_BYTES, bytes * 100 / (100 - MARGIN_FRACTION_PERCENT));
        return (long) Math.ceil(heap / (1L << 30)) + "g";
    }
}
