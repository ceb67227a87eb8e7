package org.conelab.analyzer.training;

import java.util.concurrent.CancellationException;
import org.conelab.api.progress.Progress;
import org.conelab.api.solver.LinearDynamics;
import org.conelab.api.solver.Solver;

/**
 * The linearised dynamics e_{t+1} = (I − ηKW)e_t, run by the solver's {@link Solver#evolve} and
 * recorded in logarithms over the whole range: whenever max_i √w_i|e_i| leaves
 * [2^−{@value #RESCALE_BITS}, 2^{@value #RESCALE_BITS}] at an observation, the run stops, e is
 * multiplied by a power of two (exact in floating point, and the dynamics are linear) and the run
 * resumes with the exponent carried. So a diverging run grows past 10^308 and a converging one
 * decays past 10^−308 with every digit kept: the recorded trajectory is the one an unscaled run
 * would give wherever that one stays in range, and is defined beyond. Observations are taken every
 * {@code interval} steps, fewer when the growth bound ρ̄^interval could overflow in between.
 *
 * <p><b>Growth certificate.</b> W^½(I − ηKW)W^−½ = I − ηS is symmetric, so
 * ‖e_{t+k}‖_W ≤ ρ^k‖e_t‖_W with ρ = max_k |1 − ηλ_k|. A computed W-norm that grows between two
 * observations by more than the rounding slack ({@link RoundingSlack}) therefore proves ρ &gt; 1:
 * the error has a component on a mode that grows without bound. That step is
 * {@link #growthStep}, the step at which the run is reported to diverge.
 */
final class LinearTrajectory {

    /** The state is rescaled when its scaled magnitude leaves [2^−RESCALE_BITS, 2^RESCALE_BITS]. */
    static final int RESCALE_BITS = 128;

    final Recording recording = new Recording();
    /** The first observed step whose W-norm grew beyond rounding since the previous observation, or −1. */
    int growthStep = -1;
    /** The observed step before {@link #growthStep}. */
    int growthFrom = -1;
    /** The largest measured factor of ‖e‖_W per step between two observations. */
    double maxStepFactor = 0;
    /** The step at which the state was found non-finite despite rescaling, or −1. */
    int nonFiniteStep = -1;
    /** The step from which the error is exactly zero, or −1. */
    int zeroStep = -1;

    private final double[] root;
    private final double[] relative;
    private final RoundingSlack slack;
    private final boolean stopAtGrowth;
    private final Progress progress;
    private int scale;
    private int base;
    private boolean rescale;

    private LinearTrajectory(double[] root, double[] relative, RoundingSlack slack, boolean stopAtGrowth, Progress progress) {
        this.root = root;
        this.relative = relative;
        this.slack = slack;
        this.stopAtGrowth = stopAtGrowth;
        this.progress = progress;
    }

    /**
     * @param solver the solver whose {@code evolve} steps the dynamics
     * @param dynamics K, w, η
     * @param relative 1/s_i, the scale of the relative errors recorded ({@link Norms#inverseScale})
     * @param e0 the initial error, not modified
     * @param steps T
     * @param interval the observation interval (≥ 1)
     * @param rhoBound an upper bound on ρ = max_k |1 − ηλ_k|, or NaN when unknown (then every step is observed)
     * @param slack the rounding slack of these dynamics
     * @param stopAtGrowth whether to stop at the first certified growth
     * @param progress checked for cancellation at every observation
     * @return the recorded run
     * @throws CancellationException when cancelled
     */
    static LinearTrajectory run(Solver solver, LinearDynamics dynamics, double[] relative, double[] e0, int steps, int interval,
            double rhoBound, RoundingSlack slack, boolean stopAtGrowth, Progress progress) {
        LinearTrajectory run = new LinearTrajectory(Norms.sqrt(dynamics.weights()), relative, slack, stopAtGrowth, progress);
        double[] e = e0.clone();
        int every = safeInterval(interval, rhoBound, e.length);
        run.rescale(e);
        while (true) {
            int remaining = steps - run.base;
            run.rescale = false;
            int taken = solver.evolve(dynamics, e, remaining, every, run::observe);
            if (progress.isCancelled()) {
                throw new CancellationException("training: cancelled");
            }
            run.base += taken;
            if (!run.rescale || run.base >= steps) {
                return run;
            }
            run.rescale(e);
        }
    }

    /**
     * @return the interval, shortened so that ρ̄^interval·√n stays below 2^RESCALE_BITS: the state
     *     cannot overflow between two observations
     */
    static int safeInterval(int interval, double rhoBound, int n) {
        if (!(rhoBound > 0) || Double.isInfinite(rhoBound)) {
            return 1;
        }
        if (rhoBound <= 1) {
            return interval;
        }
        double bits = Math.log(rhoBound) / Math.log(2);
        double allowed = (RESCALE_BITS - 0.5 * Math.log(n) / Math.log(2)) / bits;
        return (int) Math.max(1, Math.min(interval, Math.floor(allowed)));
    }

    private void rescale(double[] e) {
        double max = Norms.maxAbs(root, e);
        if (!(max > 0) || Double.isInfinite(max)) {
            return;
        }
        int exponent = Math.getExponent(max);
        for (int i = 0; i < e.length; i++) {
            // e ← e·2^−exponent, exact
            e[i] = Math.scalb(e[i], -exponent);
        }
        scale += exponent;
    }

    private boolean observe(int step, double[] e) {
        if (progress.isCancelled()) {
            return false;
        }
        int t = base + step;
        if (recording.size() > 0 && t == recording.lastStep()) {
            // the first observation after a rescaling repeats the last one
            return true;
        }
        double w = Norms.log2(root, e);
        if (Double.isNaN(w)) {
            nonFiniteStep = t;
            return false;
        }
        double two = Norms.log2(null, e);
        // log2 of the quadratic model ½‖e‖²_W: 2·log2‖e‖_W − 1
        recording.add(t, w + scale, two + scale, 2 * (w + scale) - 1, Norms.log2Max(relative, e) + scale);
        int k = recording.size() - 1;
        if (w == Double.NEGATIVE_INFINITY) {
            zeroStep = t;
            return false;
        }
        if (k > 0) {
            int dt = t - recording.step(k - 1);
            double change = recording.log2W(k) - recording.log2W(k - 1);
            maxStepFactor = Math.max(maxStepFactor, Math.pow(2, change / dt));
            if (growthStep < 0 && change > slack.log2Over(dt)) {
                growthStep = t;
                growthFrom = recording.step(k - 1);
                if (stopAtGrowth) {
                    return false;
                }
            }
        }
        double max = Norms.maxAbs(root, e);
        if (max > Math.scalb(1.0, RESCALE_BITS) || max < Math.scalb(1.0, -RESCALE_BITS)) {
            rescale = true;
            return false;
        }
        return true;
    }
}
