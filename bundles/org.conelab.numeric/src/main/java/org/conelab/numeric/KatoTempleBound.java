package org.conelab.numeric;

/**
 * An a-posteriori enclosure of an extreme eigenvalue of a symmetric A from an approximate
 * eigenvector y and a product g ≈ A·y whose error is bounded, ‖g − A·y‖₂ ≤ e_g.
 *
 * <p>With the Rayleigh quotient θ* = yᵀAy / yᵀy and the residual ρ = ‖A·y − θ*·y‖₂ / ‖y‖₂:
 *
 * <ul>
 *   <li>λ_max ≥ θ* (Courant–Fischer), whatever y is;
 *   <li>λ_max ≤ θ* + ρ when the eigenvalue within ρ of θ* (there is one) is λ_max;
 *   <li>λ_max ≤ θ* + ρ²/(θ* − a) when a ≥ λ_{n−1} and a &lt; θ*: the Kato–Temple inequality
 *       (Kato 1949; Temple 1928; Parlett, <i>The Symmetric Eigenvalue Problem</i>, Thm 10.7.1),
 *       which is what makes the error of order ρ² instead of ρ.
 * </ul>
 *
 * θ and the residual are computed with {@link Dot2} in doubled precision, so the enclosure
 * accounts for e_g, for the rounding of these sums (u·|θ| and γ_n² terms, u = 2⁻⁵³) and for
 * nothing else: it is as honest as e_g and the estimate a. A bound a that comes from other Ritz
 * values (Lanczos) rests, like the plain residual bound, on the start vector not having missed an
 * eigenvector; a NaN or a ≥ θ* − ρ gives the plain residual bound. The smallest eigenvalue is
 * handled as the largest of −A.
 */
final class KatoTempleBound {

    private static final double U = Dot2.UNIT_ROUNDOFF;
    /** Round-offs in θ = fl(fl(yᵀg)/fl(yᵀy)): one in each compensated dot, one in the quotient, one spare. */
    private static final double QUOTIENT_ULPS = 4.0;

    private KatoTempleBound() {
    }

    /**
     * @param y the approximate eigenvector, not zero, not modified
     * @param g the product A·y as computed, not modified
     * @param productError e_g ≥ ‖g − A·y‖₂
     * @param secondUpper a ≥ λ_{n−1}, the second largest eigenvalue (−∞ when n = 1), or NaN if unknown
     * @return an enclosure of λ_max with value θ
     */
    static Enclosure largest(double[] y, double[] g, double productError, double secondUpper) {
        int n = y.length;
        double yy = Dot2.dot(y, y);
        double yg = Dot2.dot(y, g);
        double theta = yg / yy;
        double normY = Math.sqrt(yy);
        // |θ − θ*| ≤ ‖y‖·e_g / yᵀy + the rounding of the two dots and the quotient
        double thetaError = productError / normY + QUOTIENT_ULPS * U * Math.abs(theta)
                + Dot2.gammaSquared(n) * (Dot2.dotMagnitude(y, g) + Math.abs(theta) * yy) / yy;
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            // r = g − θ·y, one rounding per entry
            r[i] = Math.fma(-theta, y[i], g[i]);
        }
        double computed = Dot2.inflate(Math.sqrt(Dot2.inflate(Dot2.dot(r, r), n)) * (1.0 + U), n);
        // ‖A·y − θ*·y‖ ≤ ‖g − θ·y‖ + ‖g − A·y‖ + |θ − θ*|·‖y‖
        double residual = Dot2.inflate((computed + productError + thetaError * normY) / normY, 2);
        double lower = theta - thetaError;
        double gap = lower - secondUpper;
        // Kato–Temple where the gap is known and wider than the residual, the plain residual bound otherwise
        double excess = gap > residual ? residual * residual / gap : residual;
        return new Enclosure(theta, lower, theta + thetaError + excess);
    }

    /**
     * @param y the approximate eigenvector, not zero, not modified
     * @param g the product A·y as computed, not modified
     * @param productError e_g ≥ ‖g − A·y‖₂
     * @param secondLower a ≤ λ_2, the second smallest eigenvalue (+∞ when n = 1), or NaN if unknown
     * @return an enclosure of λ_min with value θ
     */
    static Enclosure smallest(double[] y, double[] g, double productError, double secondLower) {
        double[] negated = new double[g.length];
        for (int i = 0; i < g.length; i++) {
            negated[i] = -g[i];
        }
        return largest(y, negated, productError, -secondLower).negate();
    }
}
