package org.conelab.solver.banded.core;

/**
 * The contract of {@code solve} that every entry of the solution is finite: a non-finite entry
 * means non-finite input or a numerically singular matrix.
 *
 * <p>A sweep that computes x can check it on the way at no cost: 0·x_i is ±0 for a finite x_i and
 * NaN for ±∞ and NaN, so Σ 0·x_i is NaN exactly when some entry is not finite. Added in an
 * accumulator of its own, that sum is off the critical path of a recurrence such as the Thomas
 * back substitution, where a separate pass over x would cost a fifth of the solve.
 */
final class FiniteSolution {

    private FiniteSolution() {
    }

    /**
     * @param x the solution
     * @param zeroes Σ 0·x_i over every entry of x, as the sweep that computed it accumulated it
     * @throws ArithmeticException naming the first non-finite entry, when {@code zeroes} is NaN
     */
    static void require(double[] x, double zeroes) {
        if (Double.isNaN(zeroes)) {
            require(x);
        }
    }

    /**
     * @param x the solution
     * @throws ArithmeticException naming the first non-finite entry, when there is one
     */
    static void require(double[] x) {
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i])) {
                throw new ArithmeticException("the solution is not finite at x[" + i
                        + "]: the matrix or right-hand side holds non-finite values, or the matrix is numerically singular");
            }
        }
    }
}
