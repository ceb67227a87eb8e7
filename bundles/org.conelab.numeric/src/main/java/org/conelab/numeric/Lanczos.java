package org.conelab.numeric;

import java.util.SplittableRandom;

/**
 * The symmetric Lanczos process with full reorthogonalisation (Lanczos 1950; Golub and Van
 * Loan, <i>Matrix Computations</i>, §10.1 and §10.3.1; Parlett, <i>The Symmetric Eigenvalue
 * Problem</i>, §13.2).
 *
 * <p>From a seeded random unit vector v₀, step j forms w = A·v_j, α_j = v_jᵀw,
 * w ← w − α_j·v_j − β_{j−1}·v_{j−1}, then orthogonalises w against every stored v_i by
 * classical Gram–Schmidt (a second pass when the first removed more than half of w, the
 * Daniel–Gragg–Kaufman–Stewart test), and sets β_j = ‖w‖, v_{j+1} = w/β_j. After k steps,
 * V_kᵀ·A·V_k = T_k, the tri-diagonal matrix of the α and β; its eigenvalues θ_i (Ritz values)
 * lie inside [λ_min, λ_max] and the extreme ones converge to λ_min and λ_max first.
 *
 * <p><b>Error estimates.</b> With T_k = Z·Θ·Zᵀ and s_i = Z(k−1, i) the last component of the
 * i-th eigenvector, ‖A·y_i − θ_i·y_i‖₂ = |β_k·s_i| =: b_i for the Ritz vector y_i = V_k·z_i,
 * so some eigenvalue of A lies within b_i of θ_i (Parlett, Thm 4.5.1). With a random start that
 * eigenvalue is the extreme one (the start has a component along its eigenvector with
 * probability one). Where the other Ritz values leave a gap γ (for the largest,
 * γ = θ_k − (θ_{k−1} + b_{k−1})) larger than b, the Kato–Temple inequality tightens the estimate
 * to b²/γ; the stopping rule uses min(b, b²/γ). These are estimates from the recurrence: a
 * caller that needs a bound computes the residual of the returned Ritz vector itself
 * ({@link KatoTempleBound}).
 *
 * <p><b>Breakdown.</b> β_j ≤ {@value #BREAKDOWN}·‖T‖ means the Krylov space is invariant: for
 * extremes the run then stops; for the whole spectrum a fresh random vector orthogonal to the
 * basis starts a new block (β_j = 0), so repeated eigenvalues come out with their multiplicity.
 * After n steps T_n is A in another orthonormal basis, so its eigenvalues are those of A to
 * rounding ("exact").
 *
 * <p><b>Cost.</b> One product with A per step, k·n doubles for the basis, about k²·n
 * multiply-adds for the reorthogonalisation and O(k²) per convergence test (tested every step up
 * to {@value #DENSE_TESTS} steps, then every k/{@value #DENSE_TESTS}-th, so O(k²) in all per
 * {@value #DENSE_TESTS} tests); the Ritz vectors cost O(k³ + k·n) once at the end.
 */
public final class Lanczos {

    /** Seed of the random start: results are repeatable. */
    public static final long SEED = 0x1A2C_205EEDL;
    /** A β this small relative to ‖T‖ ends the Krylov space (invariant subspace). */
    public static final double BREAKDOWN = 1e-13;
    /** The second Gram–Schmidt pass runs when the first one shrank ‖w‖ below this fraction. */
    private static final double REORTHOGONALISE_AGAIN = 0.5;
    /** Convergence is tested at every step up to this many steps, and this many times per doubling after. */
    private static final int DENSE_TESTS = 64;

    /** Which extreme Ritz values the stopping rule waits for (and whose Ritz vectors are returned). */
    public enum Ends {
        /** the smallest */
        SMALLEST,
        /** the largest */
        LARGEST,
        /** both */
        BOTH;

        boolean smallest() {
            return this != LARGEST;
        }

        boolean largest() {
            return this != SMALLEST;
        }
    }

    /**
     * The outcome of a run.
     *
     * @param ritzValues the eigenvalues θ_1 ≤ … ≤ θ_k of T_k
     * @param bounds b_i = |β_k·s_i| for each Ritz value, in the same order
     * @param smallestVector the unit Ritz vector of θ_1, length n, or null when not asked for
     * @param largestVector the unit Ritz vector of θ_k, length n, or null when not asked for
     * @param steps k, the number of Lanczos steps (products with A)
     * @param exact whether k reached n, so that the Ritz values are all the eigenvalues to rounding
     */
    public record Result(double[] ritzValues, double[] bounds, double[] smallestVector, double[] largestVector,
            int steps, boolean exact) {

        /** @return θ_1, the smallest Ritz value */
        public double min() {
            return ritzValues[0];
        }

        /** @return θ_k, the largest Ritz value */
        public double max() {
            return ritzValues[ritzValues.length - 1];
        }

        /** @return b_1, the residual estimate of θ_1 */
        public double minBound() {
            return bounds[0];
        }

        /** @return b_k, the residual estimate of θ_k */
        public double maxBound() {
            return bounds[bounds.length - 1];
        }

        /** @return max(|θ_1|, |θ_k|), the spectral radius as far as the run has seen it */
        public double radius() {
            return Math.max(Math.abs(min()), Math.abs(max()));
        }

        /**
         * @return θ_{k−1} + b_{k−1}, the estimate of an upper bound on the second largest
         *     eigenvalue; −∞ when the run is exact with k = 1 (n = 1), NaN when there is no
         *     second Ritz value to tell
         */
        public double secondLargestUpper() {
            int k = ritzValues.length;
            if (k >= 2) {
                return ritzValues[k - 2] + bounds[k - 2];
            }
            return exact ? Double.NEGATIVE_INFINITY : Double.NaN;
        }

        /**
         * @return θ_2 − b_2, the estimate of a lower bound on the second smallest eigenvalue;
         *     +∞ when the run is exact with k = 1 (n = 1), NaN when there is no second Ritz value
         */
        public double secondSmallestLower() {
            if (ritzValues.length >= 2) {
                return ritzValues[1] - bounds[1];
            }
            return exact ? Double.POSITIVE_INFINITY : Double.NaN;
        }
    }

    private final SymmetricOperator operator;
    private final int n;
    private final SplittableRandom random = new SplittableRandom(SEED);

    /** @param operator the symmetric A */
    public Lanczos(SymmetricOperator operator) {
        this.operator = operator;
        this.n = operator.size();
    }

    /**
     * Runs until the estimate min(b, b²/γ) of each extreme Ritz value in {@code ends} is at most
     * {@code relativeTolerance}·max(|θ_1|, |θ_k|), or the Krylov space is invariant, or
     * {@code maxSteps} (capped at n) steps are done.
     *
     * @param maxSteps the step cap, ≥ 1: the basis takes maxSteps·n doubles
     * @param relativeTolerance the target for the estimates, relative to the spectral radius
     * @param ends the extremes waited for, and whose Ritz vectors are returned
     * @return the Ritz values with their estimates and the Ritz vectors of {@code ends}
     */
    public Result extremes(int maxSteps, double relativeTolerance, Ends ends) {
        if (maxSteps < 1) {
            throw new IllegalArgumentException("maxSteps must be >= 1, got " + maxSteps);
        }
        return run(Math.min(maxSteps, n), relativeTolerance, ends);
    }

    /**
     * Runs n steps, restarting at every breakdown, and returns every eigenvalue of A.
     *
     * @return the eigenvalues of A, ascending (to rounding)
     */
    public double[] all() {
        return run(n, 0.0, null).ritzValues();
    }

    /** ends == null: the whole spectrum, restarting at breakdowns. */
    private Result run(int maxSteps, double relativeTolerance, Ends ends) {
        double[][] basis = new double[maxSteps][];
        double[] alpha = new double[maxSteps];
        double[] beta = new double[maxSteps];
        double[] coefficients = new double[maxSteps];
        basis[0] = randomUnitVector(basis, 0);
        double tNorm = 0.0;
        int nextTest = 1;
        for (int j = 0; ; j++) {
            double[] v = basis[j];
            double[] w = new double[n];
            operator.apply(v, w);
            alpha[j] = Vectors.dot(v, w);
            // w ← w − α_j·v_j − β_{j−1}·v_{j−1}
            Vectors.addScaled(w, -alpha[j], v);
            if (j > 0) {
                Vectors.addScaled(w, -beta[j - 1], basis[j - 1]);
            }
            // full reorthogonalisation; the correction along v_j refines α_j
            alpha[j] += orthogonalise(w, basis, j + 1, coefficients);
            double b = Vectors.norm(w);
            beta[j] = b;
            tNorm = Math.max(tNorm, Math.abs(alpha[j]) + b + (j > 0 ? beta[j - 1] : 0.0));
            int steps = j + 1;
            boolean invariant = b <= BREAKDOWN * tNorm;
            if (ends == null) {
                if (steps == n) {
                    return new Result(TridiagonalQL.eigenvalues(alpha, beta, steps), new double[steps], null, null,
                            steps, true);
                }
            } else if (steps == n || steps == maxSteps || invariant
                    || (steps >= nextTest && converged(alpha, beta, steps, relativeTolerance, ends))) {
                return finish(basis, alpha, beta, steps, ends);
            } else if (steps >= nextTest) {
                nextTest = steps + Math.max(1, steps / DENSE_TESTS);
            }
            if (invariant) {
                // invariant subspace: start a new block with a fresh direction
                beta[j] = 0.0;
                basis[steps] = randomUnitVector(basis, steps);
            } else {
                // v_{j+1} = w / β_j
                Vectors.scale(w, 1.0 / b);
                basis[steps] = w;
            }
        }
    }

    /** @return whether the estimates of the requested ends meet the tolerance */
    private static boolean converged(double[] alpha, double[] beta, int steps, double relativeTolerance, Ends ends) {
        TridiagonalQL.Decomposition t = TridiagonalQL.decompose(alpha, beta, steps, steps - 1);
        double[] theta = t.values();
        double[] bound = bounds(t.row(), beta[steps - 1]);
        double target = relativeTolerance * Math.max(Math.abs(theta[0]), Math.abs(theta[steps - 1]));
        boolean low = !ends.smallest() || estimate(theta, bound, 0, 1) <= target;
        boolean high = !ends.largest() || estimate(theta, bound, steps - 1, steps - 2) <= target;
        return low && high;
    }

    /**
     * @param i the extreme Ritz value
     * @param next its neighbour (the second smallest or second largest), or outside 0 … k−1
     * @return min(b_i, b_i²/γ) with γ the gap between θ_i and the neighbour's interval
     *     [θ − b, θ + b], or b_i when there is no neighbour or no gap larger than b_i
     */
    private static double estimate(double[] theta, double[] bound, int i, int next) {
        if (next < 0 || next >= theta.length) {
            return bound[i];
        }
        double gap = Math.abs(theta[i] - theta[next]) - bound[next];
        return gap > bound[i] ? bound[i] * bound[i] / gap : bound[i];
    }

    private static double[] bounds(double[] lastRow, double lastBeta) {
        double[] bound = new double[lastRow.length];
        for (int i = 0; i < bound.length; i++) {
            // b_i = |β_k·s_i|
            bound[i] = Math.abs(lastBeta * lastRow[i]);
        }
        return bound;
    }

    /** @return the Ritz values, their estimates and the Ritz vectors of the requested ends */
    private Result finish(double[][] basis, double[] alpha, double[] beta, int steps, Ends ends) {
        TridiagonalQL.Eigensystem t = TridiagonalQL.eigensystem(alpha, beta, steps);
        double[] lastRow = new double[steps];
        for (int i = 0; i < steps; i++) {
            // s_i = Z(k−1, i)
            lastRow[i] = t.vectors()[i][steps - 1];
        }
        double[] smallest = ends.smallest() ? ritzVector(basis, t.vectors()[0]) : null;
        double[] largest = ends.largest() ? ritzVector(basis, t.vectors()[steps - 1]) : null;
        return new Result(t.values(), bounds(lastRow, beta[steps - 1]), smallest, largest, steps, steps == n);
    }

    /** @return y = V_k·z, normalised */
    private double[] ritzVector(double[][] basis, double[] z) {
        double[] y = new double[n];
        for (int j = 0; j < z.length; j++) {
            // y ← y + z_j·v_j
            Vectors.addScaled(y, z[j], basis[j]);
        }
        Vectors.scale(y, 1.0 / Vectors.norm(y));
        return y;
    }

    /**
     * w ← w − V·(Vᵀw) over the first {@code count} basis vectors, once or twice.
     *
     * @return the total coefficient removed along the last of them (v_{count−1})
     */
    private static double orthogonalise(double[] w, double[][] basis, int count, double[] coefficients) {
        double along = 0.0;
        double before = Vectors.norm(w);
        for (int pass = 0; pass < 2; pass++) {
            // h = Vᵀw, then w ← w − V·h, four basis vectors per sweep over w
            Block.multiplyTransposed(basis, count, w, coefficients);
            Block.subtract(basis, count, coefficients, w);
            along += coefficients[count - 1];
            double after = Vectors.norm(w);
            if (after > REORTHOGONALISE_AGAIN * before) {
                break;
            }
            before = after;
        }
        return along;
    }

    /** @return a seeded random unit vector orthogonal to the first {@code count} basis vectors */
    private double[] randomUnitVector(double[][] basis, int count) {
        double[] v = new double[n];
        double norm = 0.0;
        while (norm == 0.0) {
            for (int i = 0; i < n; i++) {
                v[i] = random.nextDouble(-1.0, 1.0);
            }
            for (int pass = 0; pass < 2 && count > 0; pass++) {
                orthogonalise(v, basis, count, new double[count]);
            }
            norm = Vectors.norm(v);
        }
        Vectors.scale(v, 1.0 / norm);
        return v;
    }
}
