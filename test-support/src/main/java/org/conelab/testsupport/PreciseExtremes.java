package org.conelab.testsupport;

import java.math.BigDecimal;
import java.math.MathContext;
import org.conelab.api.matrix.SymmetricMatrix;

/**
 * A high-precision reference for λ_min and λ_max of S = W^½·K·W^½, independent of every
 * solver: bisection on Sylvester's law of inertia in {@link BigDecimal} arithmetic with
 * {@value #DIGITS} significant digits.
 *
 * <p>S − σI = W^½·(K − σ·W⁻¹)·W^½ is congruent to K − σ·W⁻¹, so σ &lt; λ_min(S) exactly when
 * K − σ·W⁻¹ is positive definite, and σ &gt; λ_max(S) exactly when σ·W⁻¹ − K is. Each test is an
 * LDLᵀ factorisation without pivoting inside the envelope of K (row i from its first stored
 * column on, where all fill stays): positive definite exactly when every pivot is &gt; 0, and
 * stable for a positive definite matrix, so rounding at 10⁻⁶⁰ cannot flip a decision that
 * bisection to {@value #RELATIVE_WIDTH} relative width asks for. The entries of K and w are the
 * stored doubles, taken exactly ({@code new BigDecimal(double)}): the reference answers for
 * the data as stored, which is what a solver sees. No square root is taken.
 *
 * <p>Cost: about 150 factorisations of the envelope per call; for the chains and rings of
 * n ≈ 100–200 in the tests, well under a second.
 */
public final class PreciseExtremes {

    /** Significant digits of every operation. */
    static final int DIGITS = 60;
    /** Bisection stops when the bracket is this narrow relative to its upper end. */
    static final double RELATIVE_WIDTH = 1e-24;

    private static final MathContext CONTEXT = new MathContext(DIGITS);
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final int MAX_HALVINGS = 4000;

    private final int n;
    private final int[] first;
    private final BigDecimal[][] lower;
    private final BigDecimal[] inverseWeights;

    private PreciseExtremes(SymmetricMatrix kernel, double[] weights) {
        this.n = kernel.size();
        if (weights.length != n) {
            throw new IllegalArgumentException("weights have length " + weights.length + ", K has order " + n);
        }
        this.first = new int[n];
        this.lower = new BigDecimal[n][];
        this.inverseWeights = new BigDecimal[n];
        for (int i = 0; i < n; i++) {
            int f = 0;
            while (f < i && kernel.entry(i, f) == 0.0) {
                f++;
            }
            first[i] = f;
            lower[i] = new BigDecimal[i - f + 1];
            for (int j = f; j <= i; j++) {
                lower[i][j - f] = new BigDecimal(kernel.entry(i, j));
            }
            inverseWeights[i] = BigDecimal.ONE.divide(new BigDecimal(weights[i]), CONTEXT);
        }
    }

    /**
     * @param kernel K, symmetric positive definite
     * @param weights w, every entry &gt; 0
     * @return λ_min(S) to relative accuracy {@value #RELATIVE_WIDTH}
     * @throws IllegalArgumentException when K is not positive definite
     */
    public static BigDecimal smallest(SymmetricMatrix kernel, double[] weights) {
        return new PreciseExtremes(kernel, weights).smallest();
    }

    /**
     * @param kernel K, symmetric with a positive diagonal
     * @param weights w, every entry &gt; 0
     * @return λ_max(S) to relative accuracy {@value #RELATIVE_WIDTH}
     */
    public static BigDecimal largest(SymmetricMatrix kernel, double[] weights) {
        return new PreciseExtremes(kernel, weights).largest();
    }

    /**
     * @param computed a computed value
     * @param reference the reference, not zero
     * @return |computed − reference| / |reference|
     */
    public static double relativeError(double computed, BigDecimal reference) {
        return absoluteError(computed, reference) / reference.abs().doubleValue();
    }

    /** @return |computed − reference|, rounded to a double */
    public static double absoluteError(double computed, BigDecimal reference) {
        return new BigDecimal(computed).subtract(reference, CONTEXT).abs().doubleValue();
    }

    private BigDecimal smallest() {
        if (!definite(BigDecimal.ZERO, 1)) {
            throw new IllegalArgumentException("K is not positive definite: the reference needs λ_min(S) > 0");
        }
        BigDecimal hi = upperBound();
        BigDecimal lo = hi;
        // halve until K − σW⁻¹ is positive definite: then λ_min ∈ (lo, 2·lo]
        for (int k = 0; !definite(lo, 1); k++) {
            if (k == MAX_HALVINGS) {
                throw new IllegalStateException("no σ > 0 below λ_min(S) found");
            }
            hi = lo;
            lo = lo.divide(TWO, CONTEXT);
        }
        BigDecimal width = new BigDecimal(RELATIVE_WIDTH);
        while (hi.subtract(lo, CONTEXT).compareTo(hi.multiply(width, CONTEXT)) > 0) {
            BigDecimal mid = lo.add(hi, CONTEXT).divide(TWO, CONTEXT);
            if (definite(mid, 1)) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo.add(hi, CONTEXT).divide(TWO, CONTEXT);
    }

    private BigDecimal largest() {
        // σ·W⁻¹ − K is positive definite at hi, not at lo = 0 (K has a positive diagonal)
        BigDecimal lo = BigDecimal.ZERO;
        BigDecimal hi = upperBound();
        BigDecimal width = new BigDecimal(RELATIVE_WIDTH);
        while (hi.subtract(lo, CONTEXT).compareTo(hi.multiply(width, CONTEXT)) > 0) {
            BigDecimal mid = lo.add(hi, CONTEXT).divide(TWO, CONTEXT);
            if (definite(mid, -1)) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return lo.add(hi, CONTEXT).divide(TWO, CONTEXT);
    }

    /** @return 2·max_i Σ_j |S_ij| (twice a Gershgorin bound of S), where σ·W⁻¹ − K is positive definite */
    private BigDecimal upperBound() {
        BigDecimal[] rowSums = new BigDecimal[n];
        for (int i = 0; i < n; i++) {
            rowSums[i] = BigDecimal.ZERO;
        }
        // Σ_j |K_ij|·√(w_i w_j) ≤ Σ_j |K_ij|·max(w_i, w_j): a bound without square roots
        BigDecimal bound = BigDecimal.ZERO;
        for (int i = 0; i < n; i++) {
            for (int j = first[i]; j <= i; j++) {
                BigDecimal a = lower[i][j - first[i]].abs();
                BigDecimal w = BigDecimal.ONE.divide(inverseWeights[i].min(inverseWeights[j]), CONTEXT);
                rowSums[i] = rowSums[i].add(a.multiply(w, CONTEXT), CONTEXT);
                if (j != i) {
                    rowSums[j] = rowSums[j].add(a.multiply(w, CONTEXT), CONTEXT);
                }
            }
        }
        for (BigDecimal sum : rowSums) {
            bound = bound.max(sum);
        }
        return bound.multiply(TWO, CONTEXT).add(BigDecimal.ONE, CONTEXT);
    }

    /**
     * @param sigma σ
     * @param sign +1 for K − σ·W⁻¹, −1 for σ·W⁻¹ − K
     * @return whether that matrix is positive definite: LDLᵀ in the envelope with every pivot &gt; 0
     */
    private boolean definite(BigDecimal sigma, int sign) {
        BigDecimal[][] l = new BigDecimal[n][];
        BigDecimal[] d = new BigDecimal[n];
        for (int i = 0; i < n; i++) {
            int fi = first[i];
            l[i] = new BigDecimal[i - fi];
            // u_ij = L(i, j)·d_j, accumulated before the division
            BigDecimal[] u = new BigDecimal[i - fi];
            for (int j = fi; j < i; j++) {
                BigDecimal s = entry(i, j, sigma, sign);
                int from = Math.max(fi, first[j]);
                for (int k = from; k < j; k++) {
                    // s ← M(i, j) − Σ_k u_ik·L(j, k)
                    s = s.subtract(u[k - fi].multiply(l[j][k - first[j]], CONTEXT), CONTEXT);
                }
                u[j - fi] = s;
                l[i][j - fi] = s.divide(d[j], CONTEXT);
            }
            BigDecimal pivot = entry(i, i, sigma, sign);
            for (int k = fi; k < i; k++) {
                // d_i = M(i, i) − Σ_k u_ik·L(i, k)
                pivot = pivot.subtract(u[k - fi].multiply(l[i][k - fi], CONTEXT), CONTEXT);
            }
            if (pivot.signum() <= 0) {
                return false;
            }
            d[i] = pivot;
        }
        return true;
    }

    /** @return M(i, j) = sign·(K(i, j) − σ·δ_ij/w_i) for j in the envelope of row i */
    private BigDecimal entry(int i, int j, BigDecimal sigma, int sign) {
        BigDecimal k = lower[i][j - first[i]];
        BigDecimal m = i == j ? k.subtract(sigma.multiply(inverseWeights[i], CONTEXT), CONTEXT) : k;
        return sign > 0 ? m : m.negate();
    }
}
