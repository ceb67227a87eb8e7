package org.conelab.analyzer.lightcone;

import org.conelab.api.matrix.SymmetricMatrix;
import org.conelab.numeric.NonZeroPattern;
import org.conelab.numeric.WideSum;

/**
 * J_t·e_j = (I − ηKW)^t·e_j computed again, independently of the solver, in wide-range
 * arithmetic ({@link WideSum}: double mantissas, unlimited exponents), so that entries far below
 * 1e-308 or above 1e308 keep their value instead of becoming 0 or ∞. Alongside it, the scale
 * a_t = |I − ηKW|^t·e_j (entrywise absolute values), which bounds the rounding error:
 * <pre>
 *   |x̂_t − x_t| ≤ γ_t · a_t,   γ_t = t·(m + 3)·u / (1 − t·(m + 3)·u),
 * </pre>
 * with m the longest row of K and u = 2⁻⁵³ (Higham, Accuracy and Stability, §3.5: each step is a
 * sum of at most m + 1 products, each coefficient −η·K_ik·w_k formed with two roundings). An
 * entry is <em>certified non-zero</em> when |x̂| &gt; γ_t·a_t: then x ≠ 0 in exact arithmetic
 * (for the matrix as stored and η, w as given).
 *
 * <p>Only the nodes of the {@link StructuralSupport} are visited: the rest are exactly zero.
 * Local index p stands for node {@code support.order()[p]}; after {@link #advance} to step t,
 * entries p &lt; {@code support.size(t)} are valid.
 */
final class WideResponse {

    private static final double UNIT_ROUNDOFF = 0x1p-53;

    private final SymmetricMatrix kernel;
    private final double[] weights;
    private final double eta;
    private final StructuralSupport support;
    private final int rowLength;
    private double[] mantissa;
    private long[] exponent;
    private double[] scaleMantissa;
    private long[] scaleExponent;
    private double[] nextMantissa;
    private long[] nextExponent;
    private double[] nextScaleMantissa;
    private long[] nextScaleExponent;
    private final WideSum sum = new WideSum();
    private final WideSum scaleSum = new WideSum();
    private int step;

    /**
     * Starts at t = 0 with x_0 = a_0 = e_j.
     *
     * @param kernel K as stored
     * @param weights w
     * @param eta η
     * @param support the structural support of K from j, over the steps to be taken
     */
    WideResponse(SymmetricMatrix kernel, double[] weights, double eta, StructuralSupport support) {
        this.kernel = kernel;
        this.weights = weights;
        this.eta = eta;
        this.support = support;
        this.rowLength = NonZeroPattern.maxRowLength(kernel);
        int size = support.order().length;
        mantissa = new double[size];
        exponent = new long[size];
        scaleMantissa = new double[size];
        scaleExponent = new long[size];
        nextMantissa = new double[size];
        nextExponent = new long[size];
        nextScaleMantissa = new double[size];
        nextScaleExponent = new long[size];
        // e_j = 0.5·2¹
        mantissa[0] = 0.5;
        exponent[0] = 1;
        scaleMantissa[0] = 0.5;
        scaleExponent[0] = 1;
    }

    /** x_{t+1} = (I − ηKW)·x_t and a_{t+1} = |I − ηKW|·a_t on the nodes within t + 1 hops. */
    void advance() {
        int known = support.size(step);
        int size = support.size(step + 1);
        int[] order = support.order();
        int[] position = support.position();
        for (int p = 0; p < size; p++) {
            int i = order[p];
            sum.clear();
            scaleSum.clear();
            if (p < known) {
                // diagonal: (1 − η·K_ii·w_i)·x_i
                double diagonal = 1.0 - eta * kernel.entry(i, i) * weights[i];
                sum.add(diagonal * mantissa[p], exponent[p]);
                scaleSum.add(Math.abs(diagonal) * scaleMantissa[p], scaleExponent[p]);
            }
            NonZeroPattern.forEachInRow(kernel, i, (k, value) -> {
                int q = position[k];
                if (k == i || q >= known || scaleMantissa[q] == 0.0) {
                    return;
                }
                // −η·K_ik·w_k·x_k, with K_ik split into mantissa and exponent so that no factor underflows
                int order2 = WideSum.binaryOrder(value);
                double coefficient = Math.scalb(value, -order2) * (-eta * weights[k]);
                sum.add(coefficient * mantissa[q], exponent[q] + order2);
                scaleSum.add(Math.abs(coefficient) * scaleMantissa[q], scaleExponent[q] + order2);
            });
            nextMantissa[p] = sum.mantissa();
            nextExponent[p] = sum.exponent();
            nextScaleMantissa[p] = scaleSum.mantissa();
            nextScaleExponent[p] = scaleSum.exponent();
        }
        swap();
        step++;
    }

    private void swap() {
        double[] m = mantissa;
        mantissa = nextMantissa;
        nextMantissa = m;
        long[] e = exponent;
        exponent = nextExponent;
        nextExponent = e;
        double[] sm = scaleMantissa;
        scaleMantissa = nextScaleMantissa;
        nextScaleMantissa = sm;
        long[] se = scaleExponent;
        scaleExponent = nextScaleExponent;
        nextScaleExponent = se;
    }

    /** @return t, the step the values belong to */
    int step() {
        return step;
    }

    /** @return the number of valid entries at this step: the nodes within t hops */
    int size() {
        return support.size(step);
    }

    /** @return the node of local index p */
    int node(int p) {
        return support.order()[p];
    }

    /** @return the mantissa of (x_t)_p (0.5 ≤ |m| &lt; 1, or 0) */
    double mantissa(int p) {
        return mantissa[p];
    }

    /** @return the binary exponent of (x_t)_p */
    long exponent(int p) {
        return exponent[p];
    }

    /** @return log10 |(x_t)_p|, −∞ for an exact 0 */
    double log10(int p) {
        return WideSum.log10(mantissa[p], exponent[p]);
    }

    /** @return (x_t)_p as a double: 0 below the double range, ±∞ above it */
    double value(int p) {
        return WideSum.toDouble(mantissa[p], exponent[p]);
    }

    /** @return (a_t)_p as a double: 0 below the double range, ∞ above it */
    double scale(int p) {
        return WideSum.toDouble(scaleMantissa[p], scaleExponent[p]);
    }

    /** @return log2 of the rounding bound γ_t·(a_t)_p, −∞ where a_t is 0 */
    double log2ErrorBound(int p) {
        if (scaleMantissa[p] == 0.0 || step == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        return log2(scaleMantissa[p], scaleExponent[p]) + Math.log(gamma()) / LN2;
    }

    /** @return whether (x_t)_p ≠ 0 in exact arithmetic: |x̂| exceeds its rounding bound */
    boolean certifiedNonZero(int p) {
        return mantissa[p] != 0.0 && log2(mantissa[p], exponent[p]) > log2ErrorBound(p);
    }

    /** @return γ_t = t(m + 3)u / (1 − t(m + 3)u), the relative rounding bound at this step (∞ once it reaches 1) */
    double gamma() {
        double k = (double) step * (rowLength + 3) * UNIT_ROUNDOFF;
        return k < 1 ? k / (1 - k) : Double.POSITIVE_INFINITY;
    }

    /** @return log2 ‖x_t‖₂, −∞ for x_t = 0 */
    double log2Norm() {
        WideSum squares = new WideSum();
        for (int p = 0; p < size(); p++) {
            squares.add(mantissa[p] * mantissa[p], 2 * exponent[p]);
        }
        return squares.mantissa() == 0.0 ? Double.NEGATIVE_INFINITY : log2(squares.mantissa(), squares.exponent()) / 2;
    }

    private static double log2(double m, long e) {
        return Math.log(Math.abs(m)) / LN2 + e;
    }

    private static final double LN2 = Math.log(2.0);
}
