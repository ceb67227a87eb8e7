package org.conelab.numeric;

/**
 * A solver's own approximate solve of K·x = b for a symmetric positive definite kernel K: a
 * Cholesky or LDLᵀ factorisation, the Thomas algorithm, conjugate gradients. It need not be
 * accurate to working precision: {@link WeightedExtremes} refines its answers against
 * residuals computed in doubled precision and bounds what is left.
 */
@FunctionalInterface
public interface KernelSolver {

    /**
     * @param rhs b, length n, not modified
     * @return an approximation of K⁻¹·b, a new array of length n
     * @throws ArithmeticException when K is found not to be positive definite, or the solve fails
     */
    double[] solve(double[] rhs);
}
