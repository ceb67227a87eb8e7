package org.conelab.solver.iterative;

import org.conelab.api.matrix.SymmetricMatrix;
import org.conelab.numeric.KernelSolver;
import org.conelab.numeric.SymmetricOperator;

/**
 * Jacobi-preconditioned conjugate gradients as the kernel solve K·x ≈ b of the inverse route of
 * {@link IterativeSolver#extremes}: each solve stops at the relative residual
 * {@value ConjugateGradient#RELATIVE_TOLERANCE} or at its cap and returns its best iterate
 * ({@link ConjugateGradient#approximate}); the caller refines it against residuals in doubled
 * precision. All solves together may take {@code budget} iterations; the solve that passes the
 * budget throws, so a kernel that CG cannot invert quickly costs a bounded amount of work.
 * Not thread-safe.
 */
final class BudgetedConjugateGradient implements KernelSolver {

    private final SymmetricMatrix kernel;
    private final long budget;
    private ConjugateGradient cg;

    /**
     * @param kernel K
     * @param budget the most CG iterations of all solves together, ≥ 1
     */
    BudgetedConjugateGradient(SymmetricMatrix kernel, long budget) {
        this.kernel = kernel;
        this.budget = budget;
    }

    /**
     * @throws ArithmeticException when K has a diagonal entry ≤ 0, is found not positive
     *     definite, a product is not finite, or the budget is spent
     */
    @Override
    public double[] solve(double[] rhs) {
        if (cg == null) {
            int cap = (int) Math.min(ConjugateGradient.defaultMaxIterations(kernel.size()), budget);
            cg = new ConjugateGradient(SymmetricOperator.of(kernel), JacobiPreconditioner.of(kernel),
                    ConjugateGradient.RELATIVE_TOLERANCE, cap);
        }
        double[] x = cg.approximate(rhs);
        if (cg.iterations() > budget) {
            throw new ArithmeticException("conjugate gradients spent the budget of " + budget
                    + " iterations for the inverse route");
        }
        return x;
    }
}
