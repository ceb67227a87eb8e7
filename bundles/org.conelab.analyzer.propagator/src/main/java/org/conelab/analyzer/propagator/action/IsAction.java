package org.conelab.analyzer.propagator.action;

import org.conelab.api.matrix.BandedMatrix;

/**
 * The paper's action (eq. 1), S[φ] = ∫ λ(φ')² + y/φ − log(y/φ) − 1 dx, on a chain of n nodes
 * of spacing h with free ends (no boundary value is imposed: a fit to data has none, and
 * φ = 0 walls would leave the domain φ &gt; 0):
 *
 * <pre>
 *   S_h(φ) = h·Σ_{i=0}^{n−2} λ·((φ_{i+1} − φ_i)/h)²  +  h·Σ_{i=0}^{n−1} V(y_i, φ_i),
 *   V(y, φ) = y/φ − ln(y/φ) − 1 ≥ 0,   V' = (φ − y)/φ²,   V'' = (2y − φ)/φ³,
 *   ∇S_h = h·(2λ·Lφ/h² + V'(φ)),       ∇²S_h = h·(2λ·L/h² + diag(2y/φ³ − 1/φ²)),
 * </pre>
 *
 * with L the chain's graph Laplacian (degree 1 at the ends, 2 inside). ∇S_h/h is the discrete
 * Euler–Lagrange residual −2λφ'' + V'(φ). V'' &lt; 0 where φ &gt; 2y, so the Hessian is not
 * positive definite everywhere. V is evaluated as t − log1p(t), t = y/φ − 1 (a series for small
 * t), accurate to rounding relative to V itself even near its minimum φ = y, where the naive
 * formula loses all digits; {@link #change} sums the differences term by term, so that a line
 * search can still compare actions once the decrease is far below S's own rounding.
 */
public final class IsAction {

    private final double[] y;
    private final double lambda;
    private final double spacing;

    /**
     * @param y the targets y_i &gt; 0, not copied (do not change them)
     * @param lambda λ ≥ 0
     * @param spacing h &gt; 0
     */
    public IsAction(double[] y, double lambda, double spacing) {
        for (int i = 0; i < y.length; i++) {
            if (!(y[i] > 0) || !Double.isFinite(y[i])) {
                throw new IllegalArgumentException("the IS action needs targets y > 0, got y[" + i + "] = " + y[i]);
            }
        }
        if (!(lambda >= 0) || !(spacing > 0)) {
            throw new IllegalArgumentException("the action needs λ >= 0 and h > 0, got λ = " + lambda + ", h = " + spacing);
        }
        this.y = y;
        this.lambda = lambda;
        this.spacing = spacing;
    }

    /** @return n */
    public int size() {
        return y.length;
    }

    /** @return h */
    public double spacing() {
        return spacing;
    }

    /** @return λ */
    public double lambda() {
        return lambda;
    }

    /** @return a copy of the targets */
    public double[] targets() {
        return y.clone();
    }

    /**
     * @param y a target &gt; 0
     * @param phi a prediction &gt; 0
     * @return V(y, φ) = y/φ − ln(y/φ) − 1, accurate near φ = y
     */
    public static double potential(double y, double phi) {
        double t = y / phi - 1;
        if (Math.abs(t) < 1e-3) {
            // t − log1p(t) = t²/2 − t³/3 + t⁴/4 − t⁵/5 + t⁶/6 − …, truncation below 1e-22·t²
            return t * t * (0.5 - t * (1.0 / 3 - t * (0.25 - t * (0.2 - t / 6))));
        }
        return t - Math.log1p(t);
    }

    /** @return whether every φ_i is &gt; 0 and finite: the domain of the action */
    public static boolean inDomain(double[] phi) {
        for (double p : phi) {
            if (!(p > 0) || !Double.isFinite(p)) {
                return false;
            }
        }
        return true;
    }

    /** @return S_h(φ), or +∞ outside the domain φ &gt; 0 */
    public double value(double[] phi) {
        if (!inDomain(phi)) {
            return Double.POSITIVE_INFINITY;
        }
        double coupling = lambda / (spacing * spacing);
        double sum = 0;
        for (int i = 0; i < phi.length; i++) {
            sum += potential(y[i], phi[i]);
            if (i + 1 < phi.length) {
                double d = phi[i + 1] - phi[i];
                sum += coupling * d * d;
            }
        }
        return spacing * sum;
    }

    /** @return ∇S_h(φ) = h·(2λ·Lφ/h² + (φ − y)/φ²) */
    public double[] gradient(double[] phi) {
        int n = phi.length;
        double coupling = 2 * lambda / (spacing * spacing);
        double[] g = new double[n];
        for (int i = 0; i < n; i++) {
            double laplacian = 0;
            if (i > 0) {
                laplacian += phi[i] - phi[i - 1];
            }
            if (i + 1 < n) {
                laplacian += phi[i] - phi[i + 1];
            }
            g[i] = spacing * (coupling * laplacian + (phi[i] - y[i]) / (phi[i] * phi[i]));
        }
        return g;
    }

    /** @return V''(y_i, φ_i) = (2y_i − φ_i)/φ_i³, the potential's curvature per node */
    public double[] curvature(double[] phi) {
        double[] c = new double[phi.length];
        for (int i = 0; i < phi.length; i++) {
            c[i] = (2 * y[i] - phi[i]) / (phi[i] * phi[i] * phi[i]);
        }
        return c;
    }

    /**
     * @param curvature the diagonal c_i to use for V'' (the exact {@link #curvature}, or a
     *     modified one)
     * @return h·(2λ·L/h² + diag(c)) as a symmetric band matrix of half-bandwidth 1
     */
    public BandedMatrix hessian(double[] curvature) {
        int n = curvature.length;
        double coupling = 2 * lambda / (spacing * spacing);
        double[] diagonal = new double[n];
        double[] off = new double[Math.max(n - 1, 0)];
        for (int i = 0; i < n; i++) {
            int degree = (i > 0 ? 1 : 0) + (i + 1 < n ? 1 : 0);
            diagonal[i] = spacing * (coupling * degree + curvature[i]);
            if (i + 1 < n) {
                off[i] = -spacing * coupling;
            }
        }
        return new BandedMatrix(n, n == 1 ? new double[][] {diagonal} : new double[][] {diagonal, off});
    }

    /**
     * S_h(φ + α·p) − S_h(φ), summed term by term: the coupling's change exactly as
     * 2αΔφΔp + α²Δp², the potential's as V(new) − V(old) per node.
     *
     * @return the change, or +∞ when φ + α·p leaves the domain
     */
    public double change(double[] phi, double[] p, double alpha) {
        int n = phi.length;
        double coupling = lambda / (spacing * spacing);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double next = phi[i] + alpha * p[i];
            if (!(next > 0) || !Double.isFinite(next)) {
                return Double.POSITIVE_INFINITY;
            }
            sum += potential(y[i], next) - potential(y[i], phi[i]);
            if (i + 1 < n) {
                double d = phi[i + 1] - phi[i];
                double dp = p[i + 1] - p[i];
                sum += coupling * alpha * dp * (2 * d + alpha * dp);
            }
        }
        return spacing * sum;
    }
}
