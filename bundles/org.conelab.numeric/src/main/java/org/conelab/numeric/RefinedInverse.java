package org.conelab.numeric;

/**
 * The inverse S⁻¹ = W^−½·K⁻¹·W^−½ of S = W^½·K·W^½ as an operator, through a
 * {@link KernelSolver} for K and mixed-precision iterative refinement (Wilkinson 1963; Higham,
 * <i>Accuracy and Stability of Numerical Algorithms</i>, ch. 12):
 *
 * <pre>
 *   b = W^−½·y,   z ← solve(b),   repeat  r = b − K·z (doubled precision),  d = solve(r),  z ← z + d,
 *   S⁻¹·y ≈ g = W^−½·z.
 * </pre>
 *
 * A correction is applied while it shrinks: refinement stops when the relative correction
 * c = ‖W^−½·d‖/‖W^−½·z‖ is below {@value #TARGET_ULPS} u, when it no longer falls below
 * {@value #STAGNATION} of the previous one, or after {@value #MAX_REFINEMENTS} corrections.
 * Each step multiplies the error by about cond(K)·(relative error of the solve), so a
 * backward-stable factorisation reaches u in one or two steps whenever cond(K)·u &lt; 1. The
 * last correction d is measured but not applied.
 *
 * <p><b>Error bound.</b> With r̂ the computed residual of the returned z, d̂ the last correction
 * and r̂₂ = r̂ − K·d̂ (both in doubled precision, with magnitudes μ, μ₂ from
 * {@link CompensatedProduct}), K⁻¹·b = z + d̂ + K⁻¹(r* − r̂) + K⁻¹·r₂*, so
 *
 * <pre>
 *   ‖g − S⁻¹·y‖ ≤ 2.01u·‖g‖ + ‖W^−½·d̂‖ + ν·( u·‖W^½r̂‖ + γ²·‖W^½μ‖ + ‖W^½r̂₂‖ + γ²·‖W^½μ₂‖ + 2.01u·‖y‖ ),
 * </pre>
 *
 * ν ≥ ‖S⁻¹‖, γ² = γ_{m+1}², u = 2⁻⁵³; the 2.01u terms are the roundings of W^−½·y and W^−½·z.
 * No condition number enters: the bound is measured. The weighted residual W^½·r̂ alone would
 * not do: with graded W it stays at u·‖|S|·|g|‖ however accurate z is (z is only stored to u),
 * far above ‖S⁻¹‖⁻¹·(the error of g); the correction d̂ measures that error directly, and its
 * own residual r̂₂ is of second order. Not for concurrent use when the solver is not.
 */
final class RefinedInverse implements SymmetricOperator {

    /** The most corrections applied per application. */
    static final int MAX_REFINEMENTS = 10;
    /** Refinement stops once the relative correction is below this many units of round-off. */
    static final double TARGET_ULPS = 1.0;
    /** A relative correction at or above this after refinement: the solve is useless (K singular to working precision). */
    static final double FAILED = 0.25;
    /** A correction not below this fraction of the previous one ends the refinement (stagnation). */
    static final double STAGNATION = 0.5;
    /** 2u + u², rounded up: the relative rounding of a division by a rounded square root. */
    private static final double DIVISION_ROUNDING = 2.01 * Dot2.UNIT_ROUNDOFF;

    /**
     * One application g ≈ S⁻¹·y with what its error bound needs.
     *
     * @param value g
     * @param correction ‖W^−½·d̂‖, the last correction, not applied
     * @param residual ‖W^½·r̂‖ of the returned z
     * @param second ‖W^½·r̂₂‖ + γ²·(‖W^½·μ‖ + ‖W^½·μ₂‖): the second-order terms, computed
     *     only for a bounded application (0 otherwise)
     * @param inputNorm ‖y‖
     */
    record Application(double[] value, double correction, double residual, double second, double inputNorm) {
    }

    private final CompensatedProduct kernel;
    private final double[] roots;
    private final KernelSolver solver;

    /**
     * @param kernel the compensated product of K
     * @param roots √w_i, length n
     * @param solver an approximate solve with K
     */
    RefinedInverse(CompensatedProduct kernel, double[] roots, KernelSolver solver) {
        this.kernel = kernel;
        this.roots = roots;
        this.solver = solver;
    }

    @Override
    public int size() {
        return roots.length;
    }

    @Override
    public void apply(double[] x, double[] y) {
        System.arraycopy(application(x, false).value(), 0, y, 0, roots.length);
    }

    /**
     * @param y the input, not zero, not modified
     * @param bounded whether to compute the second-order terms of {@link #errorBound}
     * @return g ≈ S⁻¹·y after refinement
     * @throws ArithmeticException when the solver fails or the last relative correction is ≥ {@value #FAILED}
     */
    Application application(double[] y, boolean bounded) {
        int n = roots.length;
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            // b = W^−½·y
            b[i] = y[i] / roots[i];
        }
        double[] z = checked(solver.solve(b));
        double[] r = new double[n];
        double[] magnitude = new double[n];
        kernel.residual(b, z, r, magnitude);
        double[] d = checked(solver.solve(r));
        double relative = inverseWeightedNorm(d) / inverseWeightedNorm(z);
        for (int step = 0; step < MAX_REFINEMENTS && relative > TARGET_ULPS * Dot2.UNIT_ROUNDOFF; step++) {
            double[] refined = z.clone();
            // z ← z + d
            Vectors.addScaled(refined, 1.0, d);
            double[] refinedR = new double[n];
            double[] refinedMagnitude = new double[n];
            kernel.residual(b, refined, refinedR, refinedMagnitude);
            double[] next = checked(solver.solve(refinedR));
            double nextRelative = inverseWeightedNorm(next) / inverseWeightedNorm(refined);
            if (!(nextRelative < STAGNATION * relative)) {
                break;
            }
            z = refined;
            r = refinedR;
            magnitude = refinedMagnitude;
            d = next;
            relative = nextRelative;
        }
        if (!(relative < FAILED)) {
            throw new ArithmeticException("iterative refinement of K⁻¹ left a relative correction of " + relative
                    + ": K is singular to working precision, or its solve failed");
        }
        double[] g = new double[n];
        for (int i = 0; i < n; i++) {
            // g = W^−½·z
            g[i] = z[i] / roots[i];
        }
        double second = 0.0;
        if (bounded) {
            double[] r2 = new double[n];
            double[] magnitude2 = new double[n];
            // r₂ = r̂ − K·d̂
            kernel.residual(r, d, r2, magnitude2);
            second = Dot2.inflate(weightedNorm(r2), n)
                    + kernel.gammaSquared() * Dot2.inflate(weightedNorm(magnitude) + weightedNorm(magnitude2), n);
        }
        return new Application(g, inverseWeightedNorm(d), weightedNorm(r), second, Vectors.norm(y));
    }

    /**
     * @param application an application g ≈ S⁻¹·y computed with {@code bounded = true}
     * @param inverseNorm ν ≥ ‖S⁻¹‖ = 1/λ_min(S)
     * @return e_g ≥ ‖g − S⁻¹·y‖ (see the class comment)
     */
    double errorBound(Application application, double inverseNorm) {
        int n = roots.length;
        double u = Dot2.UNIT_ROUNDOFF;
        double measured = u * Dot2.inflate(application.residual(), n) + application.second()
                + DIVISION_ROUNDING * Dot2.inflate(application.inputNorm(), n);
        return Dot2.inflate(DIVISION_ROUNDING * Vectors.norm(application.value())
                + Dot2.inflate(application.correction(), n) * (1.0 + DIVISION_ROUNDING)
                + inverseNorm * measured, n);
    }

    /** @return ‖W^½·v‖ */
    private double weightedNorm(double[] v) {
        double sum = 0.0;
        for (int i = 0; i < v.length; i++) {
            double x = roots[i] * v[i];
            sum += x * x;
        }
        return Math.sqrt(sum);
    }

    /** @return ‖W^−½·v‖ */
    private double inverseWeightedNorm(double[] v) {
        double sum = 0.0;
        for (int i = 0; i < v.length; i++) {
            double x = v[i] / roots[i];
            sum += x * x;
        }
        return Math.sqrt(sum);
    }

    private double[] checked(double[] x) {
        if (x.length != roots.length) {
            throw new IllegalStateException("the kernel solve returned " + x.length + " values for n = " + roots.length);
        }
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i])) {
                throw new ArithmeticException("the kernel solve returned x[" + i + "] = " + x[i]);
            }
        }
        return x;
    }
}
