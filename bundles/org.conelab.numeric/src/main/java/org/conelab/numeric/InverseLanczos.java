package org.conelab.numeric;

/**
 * λ_min(S) of S = W^½·K·W^½ to high relative accuracy as 1/λ_max(S⁻¹): {@link Lanczos} on
 * S⁻¹ = W^−½·K⁻¹·W^−½ applied through the solver's own solve with K ({@link RefinedInverse}),
 * then a {@link KatoTempleBound} enclosure of λ_max(S⁻¹) at the final Ritz vector, inverted.
 *
 * <p>Why relative: when W is graded (weights over many orders of magnitude) λ_min(S) can be
 * far below ε·λ_max(S), where every method that works with S itself (QR, Lanczos on S, bisection
 * to an absolute width) loses all its digits. The data determine it to relative accuracy about
 * cond(K)·ε nevertheless (Demmel &amp; Veselić, "Jacobi's method is more accurate than QR", SIAM
 * J. Matrix Anal. Appl. 13, 1992): for S⁻¹, λ_min(S) is the largest eigenvalue, which Lanczos
 * finds to working precision relative to itself, and the refinement makes each application of
 * S⁻¹ accurate to a few ulps whenever cond(K)·ε &lt; 1. The enclosure is measured, not
 * estimated from cond(K).
 *
 * <p>The bound on ‖S⁻¹‖ that the error of an application needs is taken as twice the final
 * Rayleigh quotient and checked against the enclosure's upper end; the gap below λ_max(S⁻¹)
 * is the second Ritz value plus its residual estimate (see {@link Lanczos}) and a slack of
 * {@value #GAP_SLACK_ULPS} u·λ_max(S⁻¹) for the rounding of the recurrence.
 */
final class InverseLanczos {

    /** Target of the Lanczos stopping rule, relative to λ_max(S⁻¹). */
    static final double LANCZOS_TOLERANCE = 1e-15;
    /** Rounding allowance on the Ritz values behind a gap, in units of u·(spectral radius). */
    static final double GAP_SLACK_ULPS = 64.0;

    private InverseLanczos() {
    }

    /**
     * @param kernel the compensated product of K
     * @param roots √w_i
     * @param solver an approximate solve with K
     * @param maxSteps the Lanczos step cap
     * @return an enclosure of λ_min(S)
     * @throws ArithmeticException when K is not positive definite, a solve fails, refinement does
     *     not converge, or the enclosure is inconsistent (λ_max(S⁻¹) not found within a factor 2)
     */
    static Enclosure smallest(CompensatedProduct kernel, double[] roots, KernelSolver solver, int maxSteps) {
        RefinedInverse inverse = new RefinedInverse(kernel, roots, solver);
        Lanczos.Result run = new Lanczos(inverse).extremes(maxSteps, LANCZOS_TOLERANCE, Lanczos.Ends.LARGEST);
        double[] y = run.largestVector();
        RefinedInverse.Application g = inverse.application(y, true);
        double inverseNorm = 2.0 * Vectors.norm(g.value()) / g.inputNorm();
        double error = inverse.errorBound(g, inverseNorm);
        double second = run.secondLargestUpper() + GAP_SLACK_ULPS * Dot2.UNIT_ROUNDOFF * run.radius() + error;
        Enclosure largest = KatoTempleBound.largest(y, g.value(), error, second);
        if (!(largest.lower() > 0) || !(largest.upper() <= inverseNorm)) {
            throw new ArithmeticException("inverse Lanczos did not enclose λ_max(S⁻¹): [" + largest.lower() + ", "
                    + largest.upper() + "] against the assumed bound " + inverseNorm);
        }
        return largest.reciprocal();
    }
}
