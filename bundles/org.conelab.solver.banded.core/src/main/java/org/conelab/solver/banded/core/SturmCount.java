package org.conelab.solver.banded.core;

/**
 * The Sturm count of a symmetric tri-diagonal matrix T (diagonal a, off-diagonal b): the
 * number of eigenvalues below x equals the number of negative pivots q_i of the LDLᵀ
 * factorisation of T − x·I,
 *
 * <pre>
 *   q_0 = a_0 − x,   q_i = (a_i − x) − b_{i−1}² / q_{i−1}
 * </pre>
 *
 * (Sylvester's law of inertia), O(n) per count. A pivot that rounds to zero is replaced by
 * −pivmin (LAPACK {@code dstebz}). {@link #both} runs the two recurrences of a bisection pass
 * interleaved, in one pass over the matrix.
 *
 * <p><b>Backward error.</b> The computed count is the exact count of a matrix whose
 * off-diagonals differ from b by at most 2.5ε relatively, the diagonal unchanged (Kahan; Demmel,
 * Applied Numerical Linear Algebra, §5.3.4). Against ‖T‖ that is at most
 * {@value #BACKWARD_ULPS}·ε·‖T‖. For T = W^½·K·W^½ with entries formed from K and √w (a few
 * roundings each), the perturbation is componentwise relative in K, within
 * {@value #RELATIVE_ULPS}·ε·|K|, whatever the weights.
 */
public final class SturmCount implements Inertia {

    /** The absolute backward error of the count in units of ε·‖T‖. */
    static final double BACKWARD_ULPS = 4.0;
    /**
     * The componentwise relative perturbation of K in units of ε: 2.5 from the count, and the
     * roundings of √w_i, √w_j and the two products in each entry √w_i·K_ij·√w_j, with margin.
     */
    static final double RELATIVE_ULPS = 8.0;

    private final double[] diagonal;
    private final double[] offSquared;
    private final double pivmin;

    /**
     * @param diagonal a_0 … a_{n−1}, not modified
     * @param offDiagonal b_0 … b_{n−2}, not modified
     */
    public SturmCount(double[] diagonal, double[] offDiagonal) {
        this.diagonal = diagonal;
        this.offSquared = new double[offDiagonal.length];
        double largest = 1.0;
        for (int i = 0; i < offDiagonal.length; i++) {
            offSquared[i] = offDiagonal[i] * offDiagonal[i];
            largest = Math.max(largest, offSquared[i]);
        }
        this.pivmin = Double.MIN_NORMAL * largest;
    }

    /** @return the number of eigenvalues of T below x */
    public int countBelow(double x) {
        // a pivot within pivmin of 0 is taken as −pivmin, and counted as the negative pivot it then is
        double q = guard(diagonal[0] - x);
        int count = q < 0 ? 1 : 0;
        for (int i = 1; i < diagonal.length; i++) {
            // q_i = (a_i − x) − b_{i−1}²/q_{i−1}
            q = guard((diagonal[i] - x) - offSquared[i - 1] / q);
            count += q < 0 ? 1 : 0;
        }
        return count;
    }

    /**
     * The counts at many shifts, four recurrences at a time in one pass over T, so that their
     * divisions overlap in the pipeline instead of waiting on one another (one recurrence is
     * bound by the latency of its division).
     *
     * @param shifts the x of each count
     * @return countBelow(shifts[k]) for each k
     */
    public long[] countsBelow(double[] shifts) {
        long[] counts = new long[shifts.length];
        int k = 0;
        for (; k + 4 <= shifts.length; k += 4) {
            countFour(shifts, k, counts);
        }
        for (; k < shifts.length; k++) {
            counts[k] = countBelow(shifts[k]);
        }
        return counts;
    }

    private void countFour(double[] x, int k, long[] counts) {
        double x0 = x[k];
        double x1 = x[k + 1];
        double x2 = x[k + 2];
        double x3 = x[k + 3];
        double q0 = guard(diagonal[0] - x0);
        double q1 = guard(diagonal[0] - x1);
        double q2 = guard(diagonal[0] - x2);
        double q3 = guard(diagonal[0] - x3);
        long c0 = q0 < 0 ? 1 : 0;
        long c1 = q1 < 0 ? 1 : 0;
        long c2 = q2 < 0 ? 1 : 0;
        long c3 = q3 < 0 ? 1 : 0;
        for (int i = 1; i < diagonal.length; i++) {
            double a = diagonal[i];
            double b2 = offSquared[i - 1];
            // q_i = (a_i − x) − b_{i−1}²/q_{i−1}, for the four shifts
            q0 = guard((a - x0) - b2 / q0);
            q1 = guard((a - x1) - b2 / q1);
            q2 = guard((a - x2) - b2 / q2);
            q3 = guard((a - x3) - b2 / q3);
            c0 += q0 < 0 ? 1 : 0;
            c1 += q1 < 0 ? 1 : 0;
            c2 += q2 < 0 ? 1 : 0;
            c3 += q3 < 0 ? 1 : 0;
        }
        counts[k] = c0;
        counts[k + 1] = c1;
        counts[k + 2] = c2;
        counts[k + 3] = c3;
    }

    @Override
    public boolean allAbove(double x) {
        return countBelow(x) == 0;
    }

    @Override
    public boolean allBelow(double x) {
        return countBelow(x) == diagonal.length;
    }

    @Override
    public int both(double low, double high) {
        int n = diagonal.length;
        double qa = guard(diagonal[0] - low);
        double qb = guard(diagonal[0] - high);
        int belowLow = qa < 0 ? 1 : 0;
        int belowHigh = qb < 0 ? 1 : 0;
        for (int i = 1; i < n; i++) {
            // the two recurrences q_i = (a_i − x) − b_{i−1}²/q_{i−1}, x = low and x = high
            qa = guard((diagonal[i] - low) - offSquared[i - 1] / qa);
            qb = guard((diagonal[i] - high) - offSquared[i - 1] / qb);
            belowLow += qa < 0 ? 1 : 0;
            belowHigh += qb < 0 ? 1 : 0;
        }
        return (belowLow == 0 ? 1 : 0) | (belowHigh == n ? 2 : 0);
    }

    @Override
    public double absoluteBackward(double norm) {
        return BACKWARD_ULPS * Math.ulp(1.0) * norm + 2.0 * pivmin;
    }

    @Override
    public double relativeBackwardUlps() {
        return RELATIVE_ULPS;
    }

    private double guard(double q) {
        return Math.abs(q) < pivmin ? -pivmin : q;
    }
}
