package org.conelab.analyzer.training;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import org.conelab.api.loss.Loss;
import org.conelab.api.matrix.SymmetricMatrix;
import org.conelab.api.progress.Progress;
import org.conelab.api.solver.Solver;

/**
 * The full gradient descent of the paper's eq. (14) before linearisation,
 * f_{t+1} = f_t − η·K·∇_f L(f_t), with the loss's own gradient g_i = ∂l/∂f(y_i, f_i), not its
 * curvature: the product K·g is the solver's {@link Solver#product} with unit weights.
 *
 * <p>The state kept is the error e = f − y alone (so that e is not rounded to the scale of y), with
 * f = y + e formed where the loss needs it; the gradient and the unit weights are scratch arrays
 * that descents run side by side may share ({@link Workspace}). Before every step the loss's domain is checked at every sample;
 * a trajectory that leaves it (f ≤ 0 under IS), whose values become non-finite, or whose error
 * grows beyond {@value #DIVERGED} × ‖e_0‖_W stops there, and the step and the reason are kept.
 */
final class NonlinearDescent {

    /** A trajectory whose W-norm error grew by this factor has diverged: it is stopped before it overflows. */
    static final double DIVERGED = 1e8;
    /**
     * A run stops as converged when ‖e_t‖_W falls to this fraction of ‖y‖_W: below it the
     * rounding of f = y + e (about ε‖y‖_W) would dominate the error and fake a rate of 1.
     */
    static final double CONVERGED = 1e-12;

    /** Why a trajectory stopped. */
    enum Stop {
        /** It ran every step. */
        NONE,
        /** A prediction left the loss's domain. */
        LEFT_DOMAIN,
        /** A value became infinite or NaN. */
        NON_FINITE,
        /** The error grew beyond {@link #DIVERGED} times its initial W-norm. */
        DIVERGED,
        /** The error fell to the rounding level {@link #CONVERGED}·‖y‖_W (only {@link #run} stops there). */
        CONVERGED;

        /** @return whether the run failed: it left the domain, became non-finite or diverged */
        boolean failed() {
            return this == LEFT_DOMAIN || this == NON_FINITE || this == DIVERGED;
        }
    }

    private final Solver solver;
    private final SymmetricMatrix kernel;
    private final Loss loss;
    private final double[] y;
    private final double[] root;
    private final double[] relative;
    private final double eta;
    private final Workspace workspace;
    private final double[] e;
    private final double log2Initial;
    private int step;
    private Stop stop = Stop.NONE;
    private String reason = "";

    /**
     * @param solver the solver for K·g
     * @param kernel K
     * @param loss the loss
     * @param y the targets
     * @param root √w, for the W-norm
     * @param eta η
     * @param e0 the initial error f₀ − y, not modified
     */
    NonlinearDescent(Solver solver, SymmetricMatrix kernel, Loss loss, double[] y, double[] root, double eta, double[] e0) {
        this(solver, kernel, loss, y, root, eta, e0, new Workspace(y.length));
    }

    /**
     * @param workspace scratch arrays, shared by descents that step one after the other
     */
    NonlinearDescent(Solver solver, SymmetricMatrix kernel, Loss loss, double[] y, double[] root, double eta, double[] e0,
            Workspace workspace) {
        this.solver = solver;
        this.kernel = kernel;
        this.loss = loss;
        this.y = y;
        this.root = root;
        this.relative = Norms.inverseScale(y);
        this.eta = eta;
        this.workspace = workspace;
        this.e = e0.clone();
        this.log2Initial = Norms.log2(root, e0);
    }

    /**
     * Runs T steps from e0, recording every {@code interval} steps and the last, and stopping
     * early as {@link Stop#CONVERGED} at the rounding level.
     *
     * @return the descent, stopped or complete
     */
    static NonlinearDescent run(NonlinearDescent descent, int steps, int interval, Recording recording, Progress progress) {
        double floor = Norms.log2(descent.root, descent.y) + Math.log(CONVERGED) / Math.log(2);
        while (true) {
            if (progress.isCancelled()) {
                throw new CancellationException("training: cancelled");
            }
            int t = descent.step;
            if (!descent.check()) {
                return descent;
            }
            if (t % interval == 0 || t == steps) {
                double loss = descent.lossValue();
                if (!Double.isFinite(loss)) {
                    descent.stop(Stop.NON_FINITE, "the loss value overflowed at step " + t);
                    return descent;
                }
                recording.add(t, descent.log2W(), Norms.log2(null, descent.e), Math.log(loss) / Math.log(2),
                        Norms.log2Max(descent.relative, descent.e));
            }
            if (t < steps && descent.log2W() <= floor) {
                if (recording.lastStep() != t) {
                    recording.add(t, descent.log2W(), Norms.log2(null, descent.e), Math.log(descent.lossValue()) / Math.log(2),
                            Norms.log2Max(descent.relative, descent.e));
                }
                descent.stop(Stop.CONVERGED, String.format(Locale.ROOT, "converged to the rounding level at step %d: "
                        + "‖e_t‖_W ≤ %.0e × ‖y‖_W", t, CONVERGED));
                return descent;
            }
            if (t == steps || !descent.advance()) {
                return descent;
            }
        }
    }

    /**
     * Checks the current state: the loss's domain at every sample, finite values, and the
     * divergence bound.
     *
     * @return whether the trajectory may go on from here
     */
    boolean check() {
        if (stop != Stop.NONE) {
            return false;
        }
        for (int i = 0; i < y.length; i++) {
            Optional<String> problem = loss.domainViolation(y[i], y[i] + e[i]);
            if (problem.isPresent()) {
                return stop(Stop.LEFT_DOMAIN, String.format(Locale.ROOT, "left the loss's domain at step %d (sample %d: %s)",
                        step, i, problem.get()));
            }
        }
        double w = log2W();
        if (Double.isNaN(w)) {
            return stop(Stop.NON_FINITE, "a prediction became non-finite at step " + step);
        }
        if (Double.isFinite(log2Initial) && w - log2Initial > Math.log(DIVERGED) / Math.log(2)) {
            return stop(Stop.DIVERGED, String.format(Locale.ROOT,
                    "diverged at step %d: ‖e_t‖_W grew beyond %.0e × ‖e_0‖_W", step, DIVERGED));
        }
        return true;
    }

    /**
     * One step f ← f − η·K·g(y, f), after {@link #check}.
     *
     * @return whether the step was taken (false when a gradient was not finite)
     */
    boolean advance() {
        double[] g = workspace.gradient;
        for (int i = 0; i < y.length; i++) {
            // g_i = ∂l/∂f(y_i, f_i), f_i = y_i + e_i
            g[i] = loss.gradient(y[i], y[i] + e[i]);
            if (!Double.isFinite(g[i])) {
                return stop(Stop.NON_FINITE, String.format(Locale.ROOT, "the gradient at sample %d became non-finite at step %d", i, step));
            }
        }
        double[] kg = solver.product(kernel, workspace.ones, g);
        for (int i = 0; i < y.length; i++) {
            // e ← e − η (K g)_i
            e[i] -= eta * kg[i];
        }
        step++;
        return true;
    }

    /** @return L(f) = Σ_i l(y_i, f_i), in the domain */
    double lossValue() {
        double sum = 0;
        for (int i = 0; i < y.length; i++) {
            sum += loss.value(y[i], y[i] + e[i]);
        }
        return sum;
    }

    /** @return log₂‖e‖_W of the current state */
    double log2W() {
        return Norms.log2(root, e);
    }

    /** @return the current error e = f − y (not a copy: read only) */
    double[] error() {
        return e;
    }

    int step() {
        return step;
    }

    Stop stop() {
        return stop;
    }

    /** @return why the trajectory stopped, or the empty string */
    String reason() {
        return reason;
    }

    /** @return the step at which it stopped, or −1 */
    int stopStep() {
        return stop == Stop.NONE ? -1 : step;
    }

    /** Scratch arrays of one or more descents: the gradient and the unit weights of K·(1∘g). */
    static final class Workspace {
        final double[] gradient;
        final double[] ones;

        Workspace(int n) {
            gradient = new double[n];
            ones = new double[n];
            Arrays.fill(ones, 1.0);
        }
    }

    private boolean stop(Stop kind, String why) {
        stop = kind;
        reason = why;
        return false;
    }
}
