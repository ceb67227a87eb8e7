package org.conelab.analyzer.training;

import java.util.Arrays;

/**
 * The observed steps of one trajectory: t, log₂‖e_t‖_W, log₂‖e_t‖₂, log₂ of the loss value and
 * log₂ of the worst sample's relative error max_i |e_i|/s_i (s_i = |y_i|, or 1 where y_i = 0).
 * Logarithms, so that a run far beyond the double range (the rescaled linearised dynamics) is
 * still recorded exactly; −∞ stands for an exact zero.
 */
final class Recording {

    private int size;
    private int[] steps = new int[16];
    private double[] log2W = new double[16];
    private double[] log2Two = new double[16];
    private double[] log2Loss = new double[16];
    private double[] log2Relative = new double[16];

    void add(int step, double w, double two, double loss, double relative) {
        if (size == steps.length) {
            int capacity = 2 * size;
            steps = Arrays.copyOf(steps, capacity);
            log2W = Arrays.copyOf(log2W, capacity);
            log2Two = Arrays.copyOf(log2Two, capacity);
            log2Loss = Arrays.copyOf(log2Loss, capacity);
            log2Relative = Arrays.copyOf(log2Relative, capacity);
        }
        steps[size] = step;
        log2W[size] = w;
        log2Two[size] = two;
        log2Loss[size] = loss;
        log2Relative[size] = relative;
        size++;
    }

    int size() {
        return size;
    }

    int step(int k) {
        return steps[k];
    }

    double log2W(int k) {
        return log2W[k];
    }

    double log2Two(int k) {
        return log2Two[k];
    }

    double log2Loss(int k) {
        return log2Loss[k];
    }

    double log2Relative(int k) {
        return log2Relative[k];
    }

    /** @return the largest worst-sample relative error over the late window (the last quarter), or NaN */
    double lateMaxRelative() {
        int from = lateStart();
        if (from < 0) {
            return Double.NaN;
        }
        double max = Double.NEGATIVE_INFINITY;
        for (int k = from; k < size; k++) {
            max = Math.max(max, log2Relative[k]);
        }
        return Math.pow(2, max);
    }

    /** @return the last step recorded, or −1 when none */
    int lastStep() {
        return size == 0 ? -1 : steps[size - 1];
    }

    /** @return log₂(‖e_t‖_W / ‖e_0‖_W) at the last recorded step */
    double log2FinalRatio() {
        return size == 0 ? Double.NaN : log2W[size - 1] - log2W[0];
    }

    /**
     * The measured per-step factor of ‖e_t‖_W over the late steps: (‖e_T‖_W / ‖e_a‖_W)^{1/(T − a)},
     * with a the first recorded step at or after ¾ of the last recorded one T (at least one step
     * before T).
     *
     * @return the factor, or NaN with fewer than two recorded steps, a zero or a non-finite norm
     */
    double lateRate() {
        int from = lateStart();
        if (from < 0) {
            return Double.NaN;
        }
        double change = log2W[size - 1] - log2W[from];
        return Double.isFinite(change) ? Math.pow(2, change / (steps[size - 1] - steps[from])) : Double.NaN;
    }

    /** @return the index of the first step of the late window, or −1 when there is none */
    int lateStart() {
        if (size < 2) {
            return -1;
        }
        int last = steps[size - 1];
        int from = size - 2;
        while (from > 0 && steps[from - 1] >= 0.75 * last) {
            from--;
        }
        return from;
    }
}
