package org.conelab.analyzer.spectrum;

import org.conelab.api.matrix.SymmetricMatrix;
import org.conelab.numeric.NonZeroPattern;

/**
 * The mean and variance of the eigenvalues of S = W^½KW^½, exactly, from traces: no eigenvalue
 * is computed.
 * <pre>
 *   tr S  = Σ_i K_ii·w_i,     tr S² = Σ_ij K_ij²·w_i·w_j,
 *   mean λ = tr S / n,         Var λ = tr S² / n − (tr S / n)².
 * </pre>
 * Each trace is a sum of n (or nnz) positive terms, accurate to nnz·ε relative; the variance,
 * a difference, is accurate to {@code varianceTolerance} = 2·nnz·ε·tr S²/n absolute.
 *
 * @param mean the mean eigenvalue
 * @param variance the variance of the eigenvalues (clamped at 0)
 * @param varianceTolerance the absolute bound on the variance's rounding
 */
record SpectralMoments(double mean, double variance, double varianceTolerance) {

    private static final double EPSILON = Math.ulp(1.0);

    static SpectralMoments of(SymmetricMatrix kernel, double[] weights) {
        int n = kernel.size();
        double[] sums = new double[3];
        for (int i = 0; i < n; i++) {
            int row = i;
            NonZeroPattern.forEachInRow(kernel, i, (j, value) -> {
                if (j == row) {
                    // tr S ← tr S + K_ii·w_i
                    sums[0] += value * weights[row];
                }
                // tr S² ← tr S² + K_ij²·w_i·w_j
                sums[1] += value * value * weights[row] * weights[j];
                sums[2]++;
            });
        }
        double mean = sums[0] / n;
        double meanSquare = sums[1] / n;
        double tolerance = 2 * sums[2] * EPSILON * meanSquare;
        return new SpectralMoments(mean, Math.max(0, meanSquare - mean * mean), tolerance);
    }
}
