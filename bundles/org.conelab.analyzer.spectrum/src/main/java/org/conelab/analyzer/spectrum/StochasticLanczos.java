package org.conelab.analyzer.spectrum;

import java.util.Locale;
import java.util.SplittableRandom;
import org.conelab.api.analysis.Coverage;
import org.conelab.api.matrix.SymmetricMatrix;
import org.conelab.api.solver.Solver;
import org.conelab.numeric.TridiagonalQL;

/**
 * The eigenvalue density of S = W^½KW^½ by stochastic Lanczos quadrature (Ubaru, Chen &amp; Saad,
 * SIAM J. Matrix Anal. Appl. 38, 2017), matrix-free through the solver's product:
 * <ul>
 *   <li>for each of p Rademacher probes z (entries ±1, ‖z‖² = n), m Lanczos steps on S from
 *       q₁ = z/√n give the tri-diagonal T_m; its eigenvalues θ_k and the first components τ_k of
 *       its eigenvectors are the nodes and weights of a Gauss quadrature with
 *       zᵀ f(S) z / n ≈ Σ_k τ_k² f(θ_k);</li>
 *   <li>bin counts are n·Σ_k τ_k²·[θ_k in bin], and E[ln λ], E[ln² λ] the quadratures of ln and
 *       ln², each averaged over the probes, with the standard error of that average.</li>
 * </ul>
 * S·x = √w ∘ K·(√w ∘ x) is one solver product. Reorthogonalisation against every earlier
 * Lanczos vector is done when n·m doubles fit in {@link #REORTHOGONALISE_DOUBLES}, else plain
 * three-term recurrence (Gauss quadrature of smooth f is robust to the loss of orthogonality;
 * the stated error is the probe-to-probe spread, which does not include the quadrature's bias).
 */
final class StochasticLanczos {

    /** The largest n·m for which every Lanczos vector is kept for full reorthogonalisation. */
    static final long REORTHOGONALISE_DOUBLES = 20_000_000L;

    private StochasticLanczos() {
    }

    static EigenvalueDensity estimate(Solver solver, SymmetricMatrix kernel, double[] weights, double[] edges, int probes,
            int steps, long seed) {
        int n = kernel.size();
        int m = Math.min(steps, n);
        double[] sqrtW = new double[n];
        for (int i = 0; i < n; i++) {
            sqrtW[i] = Math.sqrt(weights[i]);
        }
        int bins = edges.length - 1;
        double[] sum = new double[bins];
        double[] sumSquares = new double[bins];
        double[] ln = new double[2];
        double[] lnSquares = new double[2];
        double nonPositive = 0;
        SplittableRandom random = new SplittableRandom(seed);
        boolean keep = (long) n * m <= REORTHOGONALISE_DOUBLES;
        for (int p = 0; p < probes; p++) {
            TridiagonalQL.Decomposition quadrature = lanczos(solver, kernel, sqrtW, probe(n, random), m, keep);
            double[] binMass = new double[bins];
            double m1 = 0;
            double m2 = 0;
            for (int k = 0; k < quadrature.values().length; k++) {
                double theta = quadrature.values()[k];
                double tau2 = quadrature.row()[k] * quadrature.row()[k];
                if (!(theta > 0)) {
                    nonPositive += n * tau2 / probes;
                    continue;
                }
                binMass[EigenvalueDensity.bin(edges, Math.log10(theta))] += n * tau2;
                m1 += tau2 * Math.log(theta);
                m2 += tau2 * Math.log(theta) * Math.log(theta);
            }
            for (int b = 0; b < bins; b++) {
                sum[b] += binMass[b];
                sumSquares[b] += binMass[b] * binMass[b];
            }
            ln[0] += m1;
            ln[1] += m2;
            lnSquares[0] += m1 * m1;
            lnSquares[1] += m2 * m2;
        }
        double[] counts = new double[bins];
        double[] stderr = new double[bins];
        for (int b = 0; b < bins; b++) {
            counts[b] = sum[b] / probes;
            stderr[b] = standardError(sum[b], sumSquares[b], probes);
        }
        double mean = ln[0] / probes;
        double meanSquare = ln[1] / probes;
        double seMean = standardError(ln[0], lnSquares[0], probes);
        double seSquare = standardError(ln[1], lnSquares[1], probes);
        // Var = E[ln²] − E[ln]²: two standard errors of each part, propagated to first order
        double tolerance = 2 * (seSquare + 2 * Math.abs(mean) * seMean);
        String method = String.format(Locale.ROOT, "stochastic Lanczos quadrature: %d Rademacher probes × %d Lanczos steps "
                + "(%s), through the solver's product; errors are 1 standard error over the probes", probes, m,
                keep ? "full reorthogonalisation" : "three-term recurrence");
        return new EigenvalueDensity(edges, counts, stderr, Math.round(nonPositive), mean,
                nonPositive > 0.5 ? Double.NaN : meanSquare - mean * mean, tolerance, Coverage.ALL_ENTRIES, method);
    }

    private static double standardError(double sum, double sumSquares, int count) {
        if (count < 2) {
            return Double.POSITIVE_INFINITY;
        }
        double mean = sum / count;
        double variance = Math.max(0, (sumSquares - count * mean * mean) / (count - 1));
        return Math.sqrt(variance / count);
    }

    private static double[] probe(int n, SplittableRandom random) {
        double[] z = new double[n];
        double scale = 1 / Math.sqrt(n);
        for (int i = 0; i < n; i++) {
            z[i] = random.nextBoolean() ? scale : -scale;
        }
        return z;
    }

    /**
     * m steps of Lanczos on S from the unit vector q: α_k = q_kᵀ S q_k, r = S q_k − α_k q_k −
     * β_{k−1} q_{k−1}, β_k = ‖r‖; stops early on breakdown (β_k ≈ 0: an invariant subspace).
     *
     * @return the eigenvalues of T and the first row of its eigenvector matrix
     */
    private static TridiagonalQL.Decomposition lanczos(Solver solver, SymmetricMatrix kernel, double[] sqrtW, double[] q, int m,
            boolean keep) {
        int n = q.length;
        double[] alpha = new double[m];
        double[] beta = new double[m];
        double[][] basis = keep ? new double[m][] : null;
        double[] previous = new double[n];
        double[] current = q;
        int k = 0;
        for (; k < m; k++) {
            if (keep) {
                basis[k] = current;
            }
            double[] r = apply(solver, kernel, sqrtW, current);
            alpha[k] = dot(current, r);
            for (int i = 0; i < n; i++) {
                // r ← S q_k − α_k q_k − β_{k−1} q_{k−1}
                r[i] -= alpha[k] * current[i] + (k > 0 ? beta[k - 1] * previous[i] : 0);
            }
            if (keep) {
                for (int j = 0; j <= k; j++) {
                    double c = dot(basis[j], r);
                    for (int i = 0; i < n; i++) {
                        r[i] -= c * basis[j][i];
                    }
                }
            }
            beta[k] = Math.sqrt(dot(r, r));
            if (k == m - 1 || beta[k] <= 1e-13 * Math.abs(alpha[k])) {
                k++;
                break;
            }
            for (int i = 0; i < n; i++) {
                r[i] /= beta[k];
            }
            previous = current;
            current = r;
        }
        double[] diagonal = java.util.Arrays.copyOf(alpha, k);
        double[] off = java.util.Arrays.copyOf(beta, Math.max(k - 1, 0));
        return TridiagonalQL.decompose(diagonal, off, k, 0);
    }

    private static double[] apply(Solver solver, SymmetricMatrix kernel, double[] sqrtW, double[] x) {
        // S·x = √w ∘ K·(√w ∘ x)
        double[] y = solver.product(kernel, sqrtW, x);
        for (int i = 0; i < y.length; i++) {
            y[i] *= sqrtW[i];
        }
        return y;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
