package org.conelab.solver.iterative;

import java.util.Locale;
import org.conelab.numeric.SymmetricOperator;
import org.conelab.numeric.Vectors;

/**
 * Preconditioned conjugate gradients for A·x = b with A symmetric positive definite
 * (Hestenes–Stiefel 1952; Saad, <i>Iterative Methods for Sparse Linear Systems</i>, Alg. 9.1).
 *
 * <p>From x₀ = 0, r₀ = b, z₀ = M⁻¹r₀, p₀ = z₀, each <b>iteration</b> is one product q = A·p
 * and the updates α = rᵀz / pᵀq, x ← x + α·p, r ← r − α·q, z = M⁻¹r, p ← z + (r'ᵀz' / rᵀz)·p.
 *
 * <p><b>Stopping rule of {@link #solve}.</b> The iteration stops when the recursively updated
 * residual satisfies ‖r‖₂ ≤ τ·‖b‖₂ (τ = {@value #RELATIVE_TOLERANCE} by default). The true
 * residual b − A·x is then formed with one more product (not counted as an iteration); if it
 * also meets the rule the solution is returned, otherwise CG restarts from x with r = b − A·x
 * (residual replacement). b = 0 gives x = 0 without any product. {@link #approximate} stops at
 * the same recursive test or at the cap and returns its best x without the true-residual
 * check: for callers that measure the residual themselves (iterative refinement).
 *
 * <p><b>Failure.</b> {@link ArithmeticException} when pᵀA·p ≤ 0 (A is not positive definite,
 * p is the witness), when a product is not finite, and, for {@link #solve} only, when the
 * iteration cap is reached or a restart does not lower the true residual (stagnation at the
 * rounding floor, about ε·cond(A)); each message gives the iterations done and the relative
 * residual reached.
 */
final class ConjugateGradient {

    /** τ: the relative residual ‖b − A·x‖₂ / ‖b‖₂ the solve must reach. */
    static final double RELATIVE_TOLERANCE = 1e-12;

    private final SymmetricOperator matrix;
    private final JacobiPreconditioner preconditioner;
    private final double tolerance;
    private final int maxIterations;
    private int iterations;

    /**
     * @param matrix A, symmetric positive definite
     * @param preconditioner M⁻¹
     * @param tolerance τ, relative to ‖b‖₂
     * @param maxIterations the cap on iterations (products A·p) per solve
     */
    ConjugateGradient(SymmetricOperator matrix, JacobiPreconditioner preconditioner, double tolerance,
            int maxIterations) {
        this.matrix = matrix;
        this.preconditioner = preconditioner;
        this.tolerance = tolerance;
        this.maxIterations = maxIterations;
    }

    /** @return the default cap 10·n + 100: CG is exact after n steps in exact arithmetic */
    static int defaultMaxIterations(int n) {
        return (int) Math.min(Integer.MAX_VALUE, 10L * n + 100);
    }

    /** @return the iterations (products A·p) of every solve so far */
    long iterations() {
        return iterations;
    }

    /**
     * @param b the right-hand side, length n, not modified
     * @return x with ‖b − A·x‖₂ ≤ τ·‖b‖₂
     * @throws ArithmeticException see the class comment
     */
    double[] solve(double[] b) {
        int n = b.length;
        double[] x = new double[n];
        double bNorm = Vectors.norm(b);
        if (bNorm == 0.0) {
            return x;
        }
        double target = tolerance * bNorm;
        double[] r = b.clone();
        double[] q = new double[n];
        double trueNorm = bNorm;
        int start = iterations;
        while (true) {
            double rNorm = iterate(x, r, trueNorm, target, start, bNorm);
            if (rNorm > target) {
                throw failure("did not converge within the cap of " + maxIterations + " iterations",
                        iterations - start, rNorm / bNorm);
            }
            // r = b − A·x, the true residual
            matrix.apply(x, q);
            for (int i = 0; i < n; i++) {
                r[i] = b[i] - q[i];
            }
            double previous = trueNorm;
            trueNorm = Vectors.norm(r);
            if (trueNorm <= target) {
                return x;
            }
            if (trueNorm >= previous) {
                throw failure("stagnated: the true residual no longer decreases (rounding floor about ε·cond(A))",
                        iterations - start, trueNorm / bNorm);
            }
        }
    }

    /**
     * @param b the right-hand side, length n, not modified
     * @return the iterate x at which the recursive residual first meets ‖r‖₂ ≤ τ·‖b‖₂, or at the cap
     * @throws ArithmeticException when A is found not positive definite or a product is not finite
     */
    double[] approximate(double[] b) {
        double[] x = new double[b.length];
        double bNorm = Vectors.norm(b);
        if (bNorm > 0.0) {
            iterate(x, b.clone(), bNorm, tolerance * bNorm, iterations, bNorm);
        }
        return x;
    }

    /**
     * CG from x with residual r (‖r‖ = rNorm) until ‖r‖ ≤ target or the cap of iterations
     * since {@code start}; updates x and r in place. bNorm = ‖b‖ scales the messages only.
     *
     * @return the recursive residual norm reached
     */
    private double iterate(double[] x, double[] r, double rNorm, double target, int start, double bNorm) {
        int n = x.length;
        double[] z = new double[n];
        double[] p = new double[n];
        double[] q = new double[n];
        preconditioner.apply(r, z);
        System.arraycopy(z, 0, p, 0, n);
        double rz = Vectors.dot(r, z);
        double norm = rNorm;
        while (norm > target && iterations - start < maxIterations) {
            matrix.apply(p, q);
            iterations++;
            double pAp = Vectors.dot(p, q);
            if (Double.isNaN(pAp) || Double.isInfinite(pAp)) {
                throw failure("a product A·p is not finite (non-finite entries in A or b?)", iterations - start,
                        norm / bNorm);
            }
            if (pAp <= 0) {
                throw failure(String.format(Locale.ROOT,
                        "the matrix is not positive definite: pᵀA·p = %.3e <= 0", pAp), iterations - start, norm / bNorm);
            }
            double alpha = rz / pAp;
            // x ← x + α·p
            Vectors.addScaled(x, alpha, p);
            // r ← r − α·A·p
            Vectors.addScaled(r, -alpha, q);
            // z = M⁻¹·r
            preconditioner.apply(r, z);
            double rzNext = Vectors.dot(r, z);
            double beta = rzNext / rz;
            rz = rzNext;
            for (int i = 0; i < n; i++) {
                // p ← z + β·p
                p[i] = z[i] + beta * p[i];
            }
            norm = Vectors.norm(r);
        }
        return norm;
    }

    private ArithmeticException failure(String what, int done, double relativeResidual) {
        return new ArithmeticException(String.format(Locale.ROOT,
                "conjugate gradients: %s; after %d iterations ‖r‖/‖b‖ = %.3e (target %.1e)",
                what, done, relativeResidual, tolerance));
    }
}
