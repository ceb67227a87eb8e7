package org.conelab.solver.iterative;

import java.util.SplittableRandom;
import org.conelab.numeric.TridiagonalQL;

/**
 * The symmetric Lanczos process with full reorthogonalisation (Lanczos 1950; Golub and Van
 * Loan, <i>Matrix Computations</i>, §10.1 and §10.3.1; Parlett, <i>The Symmetric Eigenvalue
 * Problem</i>, §13.2).
 *
 * <p>From a seeded random unit vector v₀, step j forms w = S·v_j, α_j = v_jᵀw,
 * w ← w − α_j·v_j − β_{j−1}·v_{j−1}, then orthogonalises w against every stored v_i by
 * classical Gram–Schmidt (a second pass when the first removed more than half of w, the
 * Daniel–Gragg–Kaufman–Stewart test), and sets β_j = ‖w‖, v_{j+1} = w/β_j. After k steps,
 * V_kᵀ·S·V_k = T_k, the tri-diagonal matrix of the α and β; its eigenvalues θ_i (Ritz values)
 * lie inside [λ_min, λ_max] and the extreme ones converge to λ_min and λ_max first.
 *
 * <p><b>Error bound.</b> With T_k = Z·Θ·Zᵀ and s_i = Z(k−1, i) the last component of the i-th
 * eigenvector, ‖S·y_i − θ_i·y_i‖₂ = |β_k·s_i| for the Ritz vector y_i = V_k·z_i, so some
 * eigenvalue of S lies within |β_k·s_i| of θ_i (Parlett, Thm 4.5.1). With a random start that
 * eigenvalue is the extreme one (the start has a component along its eigenvector with
 * probability one). The bound is computed at every step by {@link TridiagonalQL}, O(k²).
 *
 * <p><b>Breakdown.</b> β_j ≤ {@value #BREAKDOWN}·‖T‖ means the Krylov space is invariant: for
 * extremes the bounds are then ≤ β_j and the run stops; for the whole spectrum a fresh random
 * vector orthogonal to the basis starts a new block (β_j = 0), so repeated eigenvalues come
 * out with their multiplicity. After n steps T_n is S in another orthonormal basis, so its
 * eigenvalues are those of S to rounding ("exact").
 *
 * <p><b>Cost.</b> One product with S per step, k·n doubles for the basis and about k²·n
 * multiply-adds for the reorthogonalisation.
 */
final class Lanczos {

    /** Seed of the random start: results are repeatable. */
    static final long SEED = 0x1A2C_205EEDL;
    /** A β this small relative to ‖T‖ ends the Krylov space (invariant subspace). */
    static final double BREAKDOWN = 1e-13;
    /** The second Gram–Schmidt pass runs when the first one shrank ‖w‖ below this fraction. */
    private static final double REORTHOGONALISE_AGAIN = 0.5;

    /**
     * The outcome of a run.
     *
     * @param ritzValues the eigenvalues of T_k, ascending
     * @param minBound |β_k·s| for the smallest Ritz value (0 when exact)
     * @param maxBound |β_k·s| for the largest Ritz value (0 when exact)
     * @param steps k, the number of Lanczos steps (products with S)
     * @param exact whether k reached n, so that the Ritz values are the eigenvalues to rounding
     */
    record Result(double[] ritzValues, double minBound, double maxBound, int steps, boolean exact) {

        /** @return the smallest Ritz value */
        double min() {
            return ritzValues[0];
        }

        /** @return the largest Ritz value */
        double max() {
            return ritzValues[ritzValues.length - 1];
        }

        /** @return the larger of the two bounds */
        double tolerance() {
            return Math.max(minBound, maxBound);
        }
    }

    private final LinearOperator operator;
    private final int n;
    private final SplittableRandom random = new SplittableRandom(SEED);

    /** @param operator the symmetric S */
    Lanczos(LinearOperator operator) {
        this.operator = operator;
        this.n = operator.size();
    }

    /**
     * Runs until the residual bounds of both extreme Ritz values are at most
     * {@code relativeTolerance}·max(|θ_min|, |θ_max|), or the Krylov space is invariant, or
     * {@code maxSteps} (capped at n) steps are done.
     *
     * @param maxSteps the step cap, ≥ 1: the basis takes maxSteps·n doubles
     * @param relativeTolerance the target for the bounds, relative to the spectral radius
     * @return the extreme Ritz values with their bounds
     */
    Result extremes(int maxSteps, double relativeTolerance) {
        return run(Math.min(maxSteps, n), relativeTolerance, false);
    }

    /**
     * Runs n steps, restarting at every breakdown, and returns every eigenvalue of S.
     *
     * @return the eigenvalues of S, ascending (to rounding)
     */
    double[] all() {
        return run(n, 0.0, true).ritzValues();
    }

    private Result run(int maxSteps, double relativeTolerance, boolean restartOnBreakdown) {
        double[][] basis = new double[maxSteps][];
        double[] alpha = new double[maxSteps];
        double[] beta = new double[maxSteps];
        double[] coefficients = new double[maxSteps];
        basis[0] = randomUnitVector(basis, 0);
        double tNorm = 0.0;
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
            if (steps == n) {
                return new Result(TridiagonalQL.eigenvalues(alpha, beta, steps), 0.0, 0.0, steps, true);
            }
            if (!restartOnBreakdown) {
                Result result = bounded(alpha, beta, steps, b);
                double radius = Math.max(Math.abs(result.min()), Math.abs(result.max()));
                if (result.tolerance() <= relativeTolerance * radius || steps == maxSteps || b <= BREAKDOWN * tNorm) {
                    return result;
                }
            }
            if (b <= BREAKDOWN * tNorm) {
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

    /** @return the Ritz values of T_k with the bounds |β_k·s| of the two extreme ones */
    private static Result bounded(double[] alpha, double[] beta, int steps, double lastBeta) {
        TridiagonalQL.Decomposition t = TridiagonalQL.decompose(alpha, beta, steps, steps - 1);
        double[] s = t.row();
        return new Result(t.values(), Math.abs(lastBeta * s[0]), Math.abs(lastBeta * s[steps - 1]), steps, false);
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
