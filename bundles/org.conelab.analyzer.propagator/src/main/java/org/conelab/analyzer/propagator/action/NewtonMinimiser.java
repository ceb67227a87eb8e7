package org.conelab.analyzer.propagator.action;

import java.util.ArrayList;
import java.util.List;
import org.conelab.api.matrix.BandedMatrix;
import org.conelab.api.solver.Solver;

/**
 * Minimises the IS action {@link IsAction} by a damped Newton method that keeps φ &gt; 0 at
 * every iterate (Nocedal &amp; Wright, <i>Numerical Optimization</i>, 2nd ed., §3.4 and §19.2).
 *
 * <p>Each <b>iteration</b> from φ:
 * <ol>
 *   <li>g = ∇S_h(φ); the residual is ‖g‖∞/h, the discrete Euler–Lagrange residual.</li>
 *   <li>The Newton direction solves H·p = −g with the exact Hessian
 *       H = h·(2λL/h² + diag(V'')), a symmetric band matrix, by the solver's SPD solve (banded:
 *       LDLᵀ, which fails exactly when H is not positive definite). H is not positive definite
 *       everywhere (V'' = (2y − φ)/φ³ &lt; 0 where φ &gt; 2y); when the solve fails, or its
 *       direction is not one of descent (gᵀp ≥ 0), the step is taken with a <b>modified</b>
 *       Hessian instead: V''_i is replaced where it is ≤ 0 by (φ_i − y_i)/φ_i³ &gt; 0 (the
 *       curvature that moves φ_i about half-way towards 0 on its own), so H is positive
 *       definite (2λL/h² is positive semi-definite) and p a descent direction. Near the
 *       minimiser H is positive definite and the exact Newton step is taken, so the local
 *       convergence is quadratic.</li>
 *   <li>Step length: at most the fraction-to-the-boundary α_max = min(1, τ·min_{p_i &lt; 0}
 *       φ_i/(−p_i)), τ = {@value #TO_BOUNDARY}, so φ + α·p ≥ (1 − τ)·φ &gt; 0; then
 *       backtracking (α ← α/2) until the Armijo condition S(φ + αp) − S(φ) ≤ c₁·α·gᵀp,
 *       c₁ = {@value #ARMIJO}, with the change summed term by term ({@link IsAction#change}).
 *       Once the predicted decrease |gᵀp| is below what S can resolve (≤ {@value #ROUNDING_FACTOR}·ε·S),
 *       the full step is taken if it lowers the residual.</li>
 * </ol>
 * It stops when the residual is at most the tolerance (the larger of the caller's and
 * {@value #ROUNDING_FACTOR}·ε times the scale of the gradient's terms, below which rounding
 * decides), when no step lowers the residual in the rounding regime, or after the iteration cap.
 */
public final class NewtonMinimiser {

    /** τ of the fraction-to-the-boundary rule. */
    static final double TO_BOUNDARY = 0.995;
    /** c₁ of the Armijo condition. */
    static final double ARMIJO = 1e-4;
    /** Halvings of the step before giving up on a direction. */
    static final int MAX_BACKTRACKS = 60;
    /** Multiples of ε at which rounding takes over from the predicted decrease or the residual. */
    static final double ROUNDING_FACTOR = 64;
    private static final double EPSILON = Math.ulp(1.0);

    private final Solver solver;
    private final int maxIterations;
    private final double tolerance;

    /**
     * @param solver the solver whose SPD solve takes the Newton steps (it must support band matrices)
     * @param maxIterations the iteration cap, ≥ 1
     * @param tolerance the residual ‖∇S_h‖∞/h to stop at
     */
    public NewtonMinimiser(Solver solver, int maxIterations, double tolerance) {
        this.solver = solver;
        this.maxIterations = maxIterations;
        this.tolerance = tolerance;
    }

    /**
     * One row of the residual table.
     *
     * @param iteration k (0: the start)
     * @param action S_h(φ_k)
     * @param residual ‖∇S_h(φ_k)‖∞/h
     * @param residualTwo ‖∇S_h(φ_k)‖₂/h
     * @param step the step length α that led to φ_k (NaN at k = 0)
     * @param minPhi min_i φ_k,i
     * @param modified whether that step used the modified Hessian
     * @param backtracks the halvings of that step
     */
    public record Iteration(int iteration, double action, double residual, double residualTwo, double step, double minPhi,
            boolean modified, int backtracks) {
    }

    /**
     * @param phi the minimiser found (the last iterate)
     * @param iterations the iterations, from the start
     * @param converged whether the residual reached the tolerance
     * @param stop why the iteration ended, in words
     * @param tolerance the tolerance in force (the caller's or the rounding floor)
     */
    public record Result(double[] phi, List<Iteration> iterations, boolean converged, String stop, double tolerance) {

        /** @return the last row */
        public Iteration last() {
            return iterations.get(iterations.size() - 1);
        }

        /** @return min over every iterate of min_i φ_i */
        public double minPhiOverIterates() {
            return iterations.stream().mapToDouble(Iteration::minPhi).min().orElse(Double.NaN);
        }

        /** @return the number of steps that used the modified Hessian */
        public long modifiedSteps() {
            return iterations.stream().filter(Iteration::modified).count();
        }

        /**
         * @return the observed order q_k = ln(r_{k+1}/r_k)/ln(r_k/r_{k−1}) at the last three
         *     residuals still above 1e3·the floor (2 for quadratic convergence), NaN with fewer
         */
        public double observedOrder() {
            List<Double> r = new ArrayList<>();
            for (Iteration it : iterations) {
                if (it.residual() > 1e3 * tolerance) {
                    r.add(it.residual());
                }
            }
            int m = r.size();
            if (m < 3) {
                return Double.NaN;
            }
            return Math.log(r.get(m - 1) / r.get(m - 2)) / Math.log(r.get(m - 2) / r.get(m - 3));
        }
    }

    /**
     * @param action S_h
     * @param start φ₀ &gt; 0 (not modified)
     * @return the minimiser and the residual table
     * @throws IllegalArgumentException when φ₀ is not &gt; 0
     */
    public Result minimise(IsAction action, double[] start) {
        if (!IsAction.inDomain(start) || start.length != action.size()) {
            throw new IllegalArgumentException("Newton needs a start φ₀ > 0 of length " + action.size());
        }
        double h = action.spacing();
        double[] y = action.targets();
        double[] phi = start.clone();
        double[] g = action.gradient(phi);
        double s = action.value(phi);
        List<Iteration> table = new ArrayList<>();
        table.add(new Iteration(0, s, normInf(g) / h, norm2(g) / h, Double.NaN, min(phi), false, 0));
        double floor = tolerance;
        for (int k = 1;; k++) {
            double residual = normInf(g) / h;
            floor = Math.max(tolerance, ROUNDING_FACTOR * EPSILON * gradientScale(action, phi, y));
            if (residual <= floor) {
                return new Result(phi, table, true, "residual ≤ tolerance", floor);
            }
            if (k > maxIterations) {
                return new Result(phi, table, false, "iteration cap " + maxIterations + " reached", floor);
            }
            double[] minusG = new double[g.length];
            for (int i = 0; i < g.length; i++) {
                minusG[i] = -g[i];
            }
            boolean modified = false;
            double[] p = exactDirection(action, phi, minusG);
            if (p == null || dot(g, p) >= 0) {
                modified = true;
                p = solver.solve(action.hessian(modifiedCurvature(phi, y)), minusG);
            }
            double slope = dot(g, p);
            double alpha = Math.min(1.0, TO_BOUNDARY * boundary(phi, p));
            int backtracks = 0;
            double change = action.change(phi, p, alpha);
            boolean rounding = -slope <= ROUNDING_FACTOR * EPSILON * Math.abs(s);
            if (rounding) {
                // the decrease is below S's resolution: the full step if it lowers the residual
                double[] trial = step(phi, p, alpha);
                if (!(normInf(action.gradient(trial)) / h < residual)) {
                    return new Result(phi, table, false, "rounding floor: no step lowers the residual", floor);
                }
            } else {
                while (!(change <= ARMIJO * alpha * slope)) {
                    if (++backtracks > MAX_BACKTRACKS) {
                        return new Result(phi, table, false, "line search failed after " + MAX_BACKTRACKS + " halvings", floor);
                    }
                    // α ← α/2
                    alpha /= 2;
                    change = action.change(phi, p, alpha);
                }
            }
            // φ ← φ + α·p
            phi = step(phi, p, alpha);
            s = action.value(phi);
            g = action.gradient(phi);
            table.add(new Iteration(k, s, normInf(g) / h, norm2(g) / h, alpha, min(phi), modified, backtracks));
        }
    }

    /** @return the Newton direction with the exact Hessian, or null when the solver finds it not positive definite */
    private double[] exactDirection(IsAction action, double[] phi, double[] minusG) {
        BandedMatrix hessian = action.hessian(action.curvature(phi));
        try {
            double[] p = solver.solve(hessian, minusG);
            for (double v : p) {
                if (!Double.isFinite(v)) {
                    return null;
                }
            }
            return p;
        } catch (ArithmeticException notPositiveDefinite) {
            return null;
        }
    }

    /** @return V''_i where it is &gt; 0, else (φ_i − y_i)/φ_i³ (&gt; 0 there, as V'' ≤ 0 means φ_i ≥ 2y_i) */
    static double[] modifiedCurvature(double[] phi, double[] y) {
        double[] c = new double[phi.length];
        for (int i = 0; i < phi.length; i++) {
            double cube = phi[i] * phi[i] * phi[i];
            double exact = (2 * y[i] - phi[i]) / cube;
            c[i] = exact > 0 ? exact : (phi[i] - y[i]) / cube;
        }
        return c;
    }

    /** @return the largest α with φ + α·p ≥ 0 (+∞ when p ≥ 0) */
    static double boundary(double[] phi, double[] p) {
        double alpha = Double.POSITIVE_INFINITY;
        for (int i = 0; i < phi.length; i++) {
            if (p[i] < 0) {
                alpha = Math.min(alpha, phi[i] / -p[i]);
            }
        }
        return alpha;
    }

    /** @return the scale of ∇S_h/h's terms, max_i (4λ/h²·φ_i + (φ_i + y_i)/φ_i²): rounding is ε times it */
    private static double gradientScale(IsAction action, double[] phi, double[] y) {
        double coupling = 4 * action.lambda() / (action.spacing() * action.spacing());
        double scale = 0;
        for (int i = 0; i < phi.length; i++) {
            scale = Math.max(scale, coupling * phi[i] + (phi[i] + y[i]) / (phi[i] * phi[i]));
        }
        return scale;
    }

    private static double[] step(double[] phi, double[] p, double alpha) {
        double[] next = new double[phi.length];
        for (int i = 0; i < phi.length; i++) {
            next[i] = phi[i] + alpha * p[i];
        }
        return next;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static double normInf(double[] a) {
        double max = 0;
        for (double v : a) {
            max = Math.max(max, Math.abs(v));
        }
        return max;
    }

    private static double norm2(double[] a) {
        return Math.sqrt(dot(a, a));
    }

    private static double min(double[] a) {
        double m = Double.POSITIVE_INFINITY;
        for (double v : a) {
            m = Math.min(m, v);
        }
        return m;
    }
}
