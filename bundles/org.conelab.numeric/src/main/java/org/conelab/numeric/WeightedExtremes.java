package org.conelab.numeric;

import org.conelab.api.InvalidInputException;
import org.conelab.api.matrix.SymmetricMatrix;
import org.conelab.api.solver.SpectrumBounds;

/**
 * λ_min and λ_max of S = W^½·K·W^½ with an honest error bound on each, for any solver that
 * can multiply by K and (for λ_min to relative accuracy) solve with K:
 *
 * <ul>
 *   <li><b>λ_max</b>: {@link Lanczos} on S through the solver's fast product, until the
 *       Kato–Temple estimate of the largest Ritz value is below {@value #LANCZOS_TOLERANCE} of
 *       the spectral radius or the step cap is reached; then a {@link KatoTempleBound} enclosure
 *       at the Ritz vector from a product in doubled precision ({@link CompensatedProduct}),
 *       with error at most ({@value #FORWARD_ULPS}·u + γ_{m+1}²)·‖|S|·|y|‖ (five roundings: √w
 *       twice, W^½·y, the compensated row sum, W^½ times it; u = 2⁻⁵³, m the longest row of K).
 *       For a converged Ritz vector the stated tolerance is a few ulps of λ_max, so
 *       2/(max + maxTolerance) agrees across solvers to about 1e−15.
 *   <li><b>λ_min</b>: {@link InverseLanczos}, λ_min = 1/λ_max(S⁻¹) with S⁻¹ applied through
 *       {@code solver} and refinement, to relative accuracy of a few ulps whenever cond(K)·ε &lt; 1.
 *       When there is no solver, or it fails (K not positive definite, a solve that does not
 *       converge, refinement that does not), the smallest Ritz value θ of Lanczos on S: an upper
 *       bound (a Rayleigh quotient, computed in doubled precision), and as lower bound the
 *       Gershgorin bound min_i (S_ii − Σ_{j≠i} |S_ij|), which is rigorous but may be far off.
 * </ul>
 *
 * <p><b>What the bounds assume.</b> The enclosures of the largest eigenvalues (of S, and of S⁻¹
 * for λ_min) assume what Krylov methods always assume: that the Krylov space has not missed the
 * extreme eigenvector (and, for the Kato–Temple gap, the next one — also not a partner closer
 * than the run could resolve). At the top of a spectrum that
 * is safe: a seeded random start has components of order n^−½ along those eigenvectors and every
 * product amplifies them the most. At the bottom of S it is not: with graded weights the
 * eigenvectors of eigenvalues far below ε·λ_max vanish from the Krylov vectors in rounding, and
 * Lanczos on S can settle on an interior eigenvalue with a tiny residual (measured: 1.06e−6
 * for a λ_min of 2.5e−9). Hence the Gershgorin lower bound, not a residual bound, for a λ_min
 * from Lanczos on S. A run that stops at the step cap states the bound it reached, which may be
 * loose.
 */
public final class WeightedExtremes {

    /** Target of the Lanczos stopping rule on S, relative to the spectral radius. */
    public static final double LANCZOS_TOLERANCE = 1e-15;
    /** Error of the compensated product of S, in units of u·‖|S|·|y|‖: five roundings and one spare. */
    static final double FORWARD_ULPS = 6.0;

    private WeightedExtremes() {
    }

    /**
     * @param kernel K, read entry by entry for the products in doubled precision
     * @param weights w, length n, every entry a finite number &gt; 0
     * @param kernelProduct the solver's own product x ↦ K·x, used inside Lanczos
     * @param solver the solver's own approximate solve with K, or null for none
     * @param maxSteps the Lanczos step cap (each run holds maxSteps·n doubles)
     * @return λ_min and λ_max of S, each with its bound
     * @throws InvalidInputException naming the weights or the weight at fault
     */
    public static SpectrumBounds of(SymmetricMatrix kernel, double[] weights, SymmetricOperator kernelProduct,
            KernelSolver solver, int maxSteps) {
        SolverArguments.weights(weights, kernel.size());
        CompensatedProduct accurate = CompensatedProduct.of(kernel);
        double[] roots = WeightedOperator.squareRoots(weights);
        WeightedOperator s = WeightedOperator.of(kernelProduct, weights);

        // without a solve, one run serves both ends; with one, the largest only (the inverse route does the rest)
        Lanczos.Result forward = new Lanczos(s).extremes(maxSteps, LANCZOS_TOLERANCE,
                solver == null ? Lanczos.Ends.BOTH : Lanczos.Ends.LARGEST);
        Enclosure max = forward(accurate, roots, forward, forward.largestVector(), true);
        Enclosure min = solver == null ? null : inverse(accurate, roots, solver, maxSteps);
        if (min == null) {
            Lanczos.Result bottom = forward.smallestVector() != null ? forward
                    : new Lanczos(s).extremes(maxSteps, LANCZOS_TOLERANCE, Lanczos.Ends.SMALLEST);
            Enclosure ritz = forward(accurate, roots, bottom, bottom.smallestVector(), false);
            // the Rayleigh quotient bounds λ_min above; only Gershgorin bounds it below for certain
            min = new Enclosure(ritz.value(), Math.min(gershgorinLower(kernel, accurate, roots), ritz.upper()),
                    ritz.upper());
        }
        return new SpectrumBounds(min.value(), max.value(), min.tolerance(), max.tolerance());
    }

    /**
     * @return the enclosure of λ_min by {@link InverseLanczos}, or null when K turns out not to be
     *     positive definite or its solve is not accurate enough (the documented fallback to
     *     Lanczos on S; the reason is not needed, only the outcome)
     */
    private static Enclosure inverse(CompensatedProduct accurate, double[] roots, KernelSolver solver, int maxSteps) {
        try {
            return InverseLanczos.smallest(accurate, roots, solver, maxSteps);
        } catch (ArithmeticException notPositiveDefiniteOrTooIllConditioned) {
            return null;
        }
    }

    /**
     * @return min_i (S_ii − Σ_{j≠i} |S_ij|) rounded down: λ_min ≥ it (Gershgorin), with
     *     |S|·1 = W^½·(|K|·√w) from the magnitudes of the compensated product
     */
    static double gershgorinLower(SymmetricMatrix kernel, CompensatedProduct accurate, double[] roots) {
        int n = roots.length;
        double[] ignored = new double[n];
        double[] magnitude = new double[n];
        accurate.residual(null, roots, ignored, magnitude);
        double lower = Double.POSITIVE_INFINITY;
        double slack = 4.0 * (accurate.maxRowLength() + 4.0) * Dot2.UNIT_ROUNDOFF;
        for (int i = 0; i < n; i++) {
            double diagonal = roots[i] * kernel.entry(i, i) * roots[i];
            double rowSum = roots[i] * magnitude[i];
            // S_ii − (Σ_j |S_ij| − |S_ii|), less the rounding of the row sum and the entries
            lower = Math.min(lower, diagonal + Math.abs(diagonal) - rowSum - slack * rowSum);
        }
        return lower;
    }

    /** @return the enclosure of the largest (or smallest) eigenvalue of S at the Ritz vector y of the run */
    private static Enclosure forward(CompensatedProduct kernel, double[] roots, Lanczos.Result run, double[] y,
            boolean largest) {
        int n = roots.length;
        double[] u = new double[n];
        for (int i = 0; i < n; i++) {
            // u = W^½·y
            u[i] = roots[i] * y[i];
        }
        double[] g = new double[n];
        double[] magnitude = new double[n];
        kernel.residual(null, u, g, magnitude);
        double sum = 0.0;
        for (int i = 0; i < n; i++) {
            // g = W^½·K·u, and |S|·|y| ≈ W^½·(|K|·|u|)
            g[i] *= roots[i];
            double m = roots[i] * magnitude[i];
            sum += m * m;
        }
        double error = (FORWARD_ULPS * Dot2.UNIT_ROUNDOFF + kernel.gammaSquared()) * Dot2.inflate(Math.sqrt(sum), n);
        double slack = InverseLanczos.GAP_SLACK_ULPS * Dot2.UNIT_ROUNDOFF * run.radius() + error;
        return largest
                ? KatoTempleBound.largest(y, g, error, run.secondLargestUpper() + slack)
                : KatoTempleBound.smallest(y, g, error, run.secondSmallestLower() - slack);
    }
}
