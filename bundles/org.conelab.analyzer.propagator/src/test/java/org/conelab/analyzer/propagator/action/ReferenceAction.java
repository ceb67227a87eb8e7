package org.conelab.analyzer.propagator.action;

/**
 * The discrete action of eq. (1) written again, naively and independently of {@link IsAction}:
 * S_h = Σ_i h·[λ((φ_{i+1} − φ_i)/h)² + y_i/φ_i − ln(y_i/φ_i) − 1], and its partial derivatives by
 * Richardson-extrapolated central differences of the terms that hold φ_i.
 */
final class ReferenceAction {

    private ReferenceAction() {
    }

    /** @return the terms of S_h holding φ_i, with φ_i = value */
    static double local(double[] y, double lambda, double h, double[] phi, int i, double value) {
        double sum = h * (y[i] / value - Math.log(y[i] / value) - 1);
        if (i > 0) {
            double d = (value - phi[i - 1]) / h;
            sum += h * lambda * d * d;
        }
        if (i + 1 < phi.length) {
            double d = (phi[i + 1] - value) / h;
            sum += h * lambda * d * d;
        }
        return sum;
    }

    /** @return S_h(φ) summed naively */
    static double value(double[] y, double lambda, double h, double[] phi) {
        double sum = 0;
        for (int i = 0; i < phi.length; i++) {
            sum += h * (y[i] / phi[i] - Math.log(y[i] / phi[i]) - 1);
            if (i + 1 < phi.length) {
                double d = (phi[i + 1] - phi[i]) / h;
                sum += h * lambda * d * d;
            }
        }
        return sum;
    }

    /** @return ∂S_h/∂φ_i, (4·D(δ/2) − D(δ))/3 with D the central difference of step δ = 1e-3·φ_i: error O(δ⁴) */
    static double partial(double[] y, double lambda, double h, double[] phi, int i) {
        double delta = 1e-3 * phi[i];
        double d1 = (local(y, lambda, h, phi, i, phi[i] + delta) - local(y, lambda, h, phi, i, phi[i] - delta)) / (2 * delta);
        double d2 = (local(y, lambda, h, phi, i, phi[i] + delta / 2) - local(y, lambda, h, phi, i, phi[i] - delta / 2)) / delta;
        return (4 * d2 - d1) / 3;
    }

    /** @return max_i |∂S_h/∂φ_i| by {@link #partial} */
    static double maxPartial(double[] y, double lambda, double h, double[] phi) {
        double max = 0;
        for (int i = 0; i < phi.length; i++) {
            max = Math.max(max, Math.abs(partial(y, lambda, h, phi, i)));
        }
        return max;
    }
}
