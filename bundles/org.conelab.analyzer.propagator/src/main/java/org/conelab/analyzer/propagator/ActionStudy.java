package org.conelab.analyzer.propagator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.conelab.analyzer.propagator.action.IsAction;
import org.conelab.analyzer.propagator.action.NewtonMinimiser;
import org.conelab.analyzer.propagator.fit.LineFit;
import org.conelab.api.matrix.BandedMatrix;

/**
 * The nonlinear action of eq. (1), minimised ({@link NewtonMinimiser}), and its small-signal
 * limit against the Gaussian theory of eqs. (3)–(5).
 *
 * <ul>
 *   <li><b>On the pipeline's targets</b> (a chain, spacing h = 1: the chain's own d(i, i+1)), for
 *       each λ: the minimiser φ from φ₀ = y, its residual table, and the gradient of S_h at φ
 *       by central differences on every node (Richardson-extrapolated, step 1e-3·φ_i),
 *       independent of the analytic gradient Newton used.</li>
 *   <li><b>Linear response</b>: on a chain of {@value #RESPONSE_NODES} nodes, h = ℓ/{@value #RESPONSE_RESOLUTION}
 *       (±8ℓ, free ends), y ≡ y₀ except y_c = y₀·(1 + ε) at the centre. The Gaussian theory's
 *       response solves (λL/h² + m²)·δφ = m²·δy with m² = 1/(2y₀²) (the linearisation of
 *       ∇S_h = 0, eqs. 3–5 on the same lattice); the minimiser's φ − y₀ is compared with it for
 *       ε = 1e-2, 1e-3, 1e-4 (the deviation should fall like ε: the nonlinearity is second
 *       order), and its decay length fitted (ln(φ − y₀) against |x| over ℓ/2 ≤ |x| ≤ 4ℓ).</li>
 *   <li><b>The Gaussian field's covariance</b>: the Hessian of S_h at φ ≡ y₀ is
 *       h·(2λL/h² + 1/y₀²) = 2h·(λL/h² + m²), so the two-point function of exp(−S) is G/2, not
 *       the G of eq. (5); measured as the ratio of the two solves at the source.</li>
 * </ul>
 */
final class ActionStudy {

    /** Nodes of the linear-response chain. */
    static final int RESPONSE_NODES = 257;
    /** ℓ/h on the linear-response chain. */
    static final int RESPONSE_RESOLUTION = 16;
    /** The bump sizes ε of the linear-response check. */
    static final double[] EPSILONS = {1e-2, 1e-3, 1e-4};
    /** Newton's residual target ‖∇S_h‖∞/h (the rounding floor is used when it is higher). */
    static final double NEWTON_TOLERANCE = 1e-13;
    /** The finite-difference step, relative to φ_i. */
    static final double FD_STEP = 1e-3;

    /**
     * One λ on the pipeline's targets.
     *
     * @param lambda λ
     * @param result Newton's result
     * @param fdGradient max_i |∂S_h/∂φ_i| at the minimiser by central differences
     * @param misfit Σ V(y_i, φ_i)/n, the mean IS loss of the fit
     * @param roughness Σ(φ_{i+1} − φ_i)² / Σ(y_{i+1} − y_i)²
     */
    record Fit(double lambda, NewtonMinimiser.Result result, double fdGradient, double misfit, double roughness) {
    }

    /**
     * One bump size of the linear-response check.
     *
     * @param epsilon ε
     * @param deviation max|φ − y₀ − δφ_lin| / max|δφ_lin|
     * @param length the fitted decay length of φ − y₀
     * @param iterations Newton's iterations
     * @param centre (φ_c − y₀)/(ε·y₀), against h/(2ℓ) from eqs. (4), (6)
     */
    record Response(double epsilon, double deviation, double length, int iterations, double centre) {
    }

    /**
     * @param fits one per λ (empty when the targets are not on a chain)
     * @param responses one per ε
     * @param covarianceRatio (H⁻¹e_c)_c / G_h(0)
     * @param responseSpacing h of the response chain
     * @param solver the band solver, described
     * @param unmeasurable why the targets' part could not be done, or null
     */
    record Result(List<Fit> fits, List<Response> responses, double covarianceRatio, double responseSpacing, String solver,
            String unmeasurable) {
    }

    private ActionStudy() {
    }

    static Result run(double[] targets, boolean chain, String graph, PropagatorSettings settings, Solves solves) {
        List<Fit> fits = new ArrayList<>();
        String unmeasurable = null;
        String solver = null;
        if (!chain) {
            unmeasurable = "eq. (1) is an action on a line; the pipeline's targets lie on " + graph + " (use graph = chain)";
        } else {
            for (double lambda : settings.actionLambdas()) {
                IsAction action = new IsAction(targets, lambda, 1.0);
                BandedMatrix probe = action.hessian(action.curvature(targets));
                solver = solves.describe(probe);
                NewtonMinimiser newton = new NewtonMinimiser(solves.chosen(probe).solver(), settings.iterations(), NEWTON_TOLERANCE);
                NewtonMinimiser.Result result = newton.minimise(action, targets);
                fits.add(new Fit(lambda, result, finiteDifferenceGradient(action, result.phi()), misfit(targets, result.phi()),
                        roughness(targets, result.phi())));
            }
        }
        double length = settings.length();
        double h = length / RESPONSE_RESOLUTION;
        int c = RESPONSE_NODES / 2;
        double y0 = settings.y0();
        double m2 = settings.massSquared();
        double lambda = settings.lambda();
        List<Response> responses = new ArrayList<>();
        double[] constant = new double[RESPONSE_NODES];
        Arrays.fill(constant, y0);
        BandedMatrix gaussian = gaussian(RESPONSE_NODES, lambda, h, m2);
        for (double epsilon : EPSILONS) {
            double[] y = constant.clone();
            y[c] = y0 * (1 + epsilon);
            IsAction action = new IsAction(y, lambda, h);
            BandedMatrix probe = action.hessian(action.curvature(y));
            NewtonMinimiser.Result result = new NewtonMinimiser(solves.chosen(probe).solver(), settings.iterations(), NEWTON_TOLERANCE)
                    .minimise(action, y);
            double[] rhs = new double[RESPONSE_NODES];
            rhs[c] = m2 * epsilon * y0;
            double[] linear = solves.solve(gaussian, rhs).u();
            double max = 0;
            double scale = 0;
            List<Double> xs = new ArrayList<>();
            List<Double> logs = new ArrayList<>();
            for (int i = 0; i < RESPONSE_NODES; i++) {
                double delta = result.phi()[i] - y0;
                max = Math.max(max, Math.abs(delta - linear[i]));
                scale = Math.max(scale, Math.abs(linear[i]));
                double x = Math.abs(i - c) * h;
                if (x >= length / 2 && x <= 4 * length && delta > 0) {
                    xs.add(x);
                    logs.add(Math.log(delta));
                }
            }
            LineFit decay = LineFit.of(xs.stream().mapToDouble(Double::doubleValue).toArray(),
                    logs.stream().mapToDouble(Double::doubleValue).toArray());
            responses.add(new Response(epsilon, max / scale, -1 / decay.slope(), result.iterations().size() - 1,
                    (result.phi()[c] - y0) / (epsilon * y0)));
        }
        IsAction flat = new IsAction(constant, lambda, h);
        double[] source = new double[RESPONSE_NODES];
        source[c] = 1;
        double covariance = solves.solve(flat.hessian(flat.curvature(constant)), source).u()[c];
        source[c] = 1 / h;
        double propagator = solves.solve(gaussian, source).u()[c];
        if (solver == null) {
            solver = solves.describe(gaussian);
        }
        return new Result(fits, responses, covariance / propagator, h, solver, unmeasurable);
    }

    /** @return λL/h² + m² on a free-ended chain: the Gaussian theory's operator on the action's lattice */
    static BandedMatrix gaussian(int n, double lambda, double h, double m2) {
        double coupling = lambda / (h * h);
        double[] diagonal = new double[n];
        double[] off = new double[n - 1];
        for (int i = 0; i < n; i++) {
            int degree = (i > 0 ? 1 : 0) + (i + 1 < n ? 1 : 0);
            diagonal[i] = coupling * degree + m2;
            if (i + 1 < n) {
                off[i] = -coupling;
            }
        }
        return new BandedMatrix(n, new double[][] {diagonal, off});
    }

    /**
     * @return max_i |∂S_h/∂φ_i| by central differences with Richardson extrapolation,
     *     (4·D(δ/2) − D(δ))/3, D(δ) = (S(φ + δe_i) − S(φ − δe_i))/(2δ), δ = {@value #FD_STEP}·φ_i;
     *     the difference of S is that of the terms holding φ_i (the others cancel exactly)
     */
    static double finiteDifferenceGradient(IsAction action, double[] phi) {
        double max = 0;
        double[] y = action.targets();
        for (int i = 0; i < phi.length; i++) {
            double delta = FD_STEP * phi[i];
            double d1 = (local(action, y, phi, i, phi[i] + delta) - local(action, y, phi, i, phi[i] - delta)) / (2 * delta);
            double d2 = (local(action, y, phi, i, phi[i] + delta / 2) - local(action, y, phi, i, phi[i] - delta / 2)) / delta;
            max = Math.max(max, Math.abs((4 * d2 - d1) / 3));
        }
        return max;
    }

    /** @return the terms of S_h that hold φ_i, with φ_i replaced by {@code value} */
    private static double local(IsAction action, double[] y, double[] phi, int i, double value) {
        double h = action.spacing();
        double coupling = action.lambda() / (h * h);
        double sum = IsAction.potential(y[i], value);
        if (i > 0) {
            sum += coupling * (value - phi[i - 1]) * (value - phi[i - 1]);
        }
        if (i + 1 < phi.length) {
            sum += coupling * (phi[i + 1] - value) * (phi[i + 1] - value);
        }
        return h * sum;
    }

    private static double misfit(double[] y, double[] phi) {
        double sum = 0;
        for (int i = 0; i < y.length; i++) {
            sum += IsAction.potential(y[i], phi[i]);
        }
        return sum / y.length;
    }

    private static double roughness(double[] y, double[] phi) {
        double fit = 0;
        double data = 0;
        for (int i = 0; i + 1 < y.length; i++) {
            fit += (phi[i + 1] - phi[i]) * (phi[i + 1] - phi[i]);
            data += (y[i + 1] - y[i]) * (y[i + 1] - y[i]);
        }
        return data == 0 ? Double.NaN : fit / data;
    }
}
