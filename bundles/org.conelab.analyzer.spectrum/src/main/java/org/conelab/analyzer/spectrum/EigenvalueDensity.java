package org.conelab.analyzer.spectrum;

import java.util.Arrays;
import org.conelab.api.analysis.Coverage;

/**
 * The eigenvalue density of S on a log10 λ axis: counts per bin, their standard errors (zero
 * for exact counts), and the mean and variance of ln λ with a bound on their error.
 *
 * @param log10Edges the m + 1 bin edges in log10 λ, ascending
 * @param counts the number of eigenvalues in each of the m bins
 * @param stderr the standard error of each count (0 when exact)
 * @param nonPositive the number of eigenvalues ≤ 0 (outside the log axis)
 * @param meanLog the mean of ln λ over the positive eigenvalues
 * @param varLog the variance of ln λ over the positive eigenvalues (NaN when any is ≤ 0)
 * @param varLogTolerance a bound on |varLog − the exact value|
 * @param coverage how the counts were obtained
 * @param method the method, in words
 */
record EigenvalueDensity(double[] log10Edges, double[] counts, double[] stderr, double nonPositive, double meanLog,
        double varLog, double varLogTolerance, Coverage coverage, String method) {

    /**
     * @param lower λ below every eigenvalue (&gt; 0)
     * @param upper λ above every eigenvalue
     * @param bins m ≥ 1
     * @return m + 1 edges evenly spaced in log10 λ from lower to upper
     */
    static double[] logEdges(double lower, double upper, int bins) {
        double lo = Math.log10(lower);
        double hi = Math.log10(upper);
        if (!(hi > lo)) {
            // a single eigenvalue cluster: give it a bin of ±1 % around it
            lo = Math.log10(lower) - 0.005;
            hi = Math.log10(upper) + 0.005;
        }
        double[] edges = new double[bins + 1];
        for (int k = 0; k <= bins; k++) {
            edges[k] = lo + (hi - lo) * k / bins;
        }
        return edges;
    }

    /**
     * From exact counts N(σ) = #{λ &lt; σ} at σ_k = 10^edges[k] (and at 0). ln λ of each eigenvalue
     * is replaced by its bin's centre c; with |ln λ − c| ≤ h/2 (h the bin width in ln),
     * |Var(ln λ) − Var(c)| ≤ sd(c)·h + h²/4 — the stated tolerance.
     *
     * @param edges the log10 bin edges
     * @param below N(10^edges[k]) for each edge
     * @param nonPositive N(0⁺): eigenvalues ≤ 0
     * @param n the order
     * @param method how the counts were obtained
     */
    static EigenvalueDensity fromCounts(double[] edges, long[] below, long nonPositive, int n, String method) {
        int bins = edges.length - 1;
        double[] counts = new double[bins];
        for (int k = 0; k < bins; k++) {
            counts[k] = below[k + 1] - below[k];
        }
        double h = (edges[1] - edges[0]) * Math.log(10);
        double[] moments = binMoments(edges, counts);
        double sd = Math.sqrt(moments[1]);
        double var = nonPositive > 0 ? Double.NaN : moments[1];
        return new EigenvalueDensity(edges, counts, new double[bins], nonPositive, moments[0], var, sd * h + h * h / 4,
                Coverage.ALL_ENTRIES, method);
    }

    /**
     * From every eigenvalue, each known to ±{@code absoluteError}: the histogram, and the
     * ln-moments from the eigenvalues themselves. With δ = absoluteError / (smallest positive
     * λ) bounding each |Δ ln λ| (to first order), |ΔVar(ln λ)| ≤ 2·sd·δ + δ², the stated tolerance.
     */
    static EigenvalueDensity fromEigenvalues(double[] edges, double[] eigenvalues, double absoluteError, String method) {
        int bins = edges.length - 1;
        double[] counts = new double[bins];
        long nonPositive = 0;
        double sum = 0;
        int positive = 0;
        for (double lambda : eigenvalues) {
            if (!(lambda > 0)) {
                nonPositive++;
                continue;
            }
            counts[bin(edges, Math.log10(lambda))]++;
            sum += Math.log(lambda);
            positive++;
        }
        double mean = sum / Math.max(positive, 1);
        double var = 0;
        for (double lambda : eigenvalues) {
            if (lambda > 0) {
                double d = Math.log(lambda) - mean;
                var += d * d / positive;
            }
        }
        double smallest = Double.POSITIVE_INFINITY;
        for (double lambda : eigenvalues) {
            if (lambda > 0) {
                smallest = Math.min(smallest, lambda);
            }
        }
        double delta = absoluteError / smallest;
        return new EigenvalueDensity(edges, counts, new double[bins], nonPositive, mean, nonPositive > 0 ? Double.NaN : var,
                2 * Math.sqrt(var) * delta + delta * delta, Coverage.ALL_ENTRIES, method);
    }

    /** @return the bin holding log10 λ, the outermost bins taking values just outside */
    static int bin(double[] edges, double log10) {
        int k = Arrays.binarySearch(edges, log10);
        int index = k >= 0 ? k : -k - 2;
        return Math.max(0, Math.min(edges.length - 2, index));
    }

    /** @return {mean, variance} of ln λ with each bin's eigenvalues at its centre */
    private static double[] binMoments(double[] edges, double[] counts) {
        double total = 0;
        double sum = 0;
        for (int k = 0; k < counts.length; k++) {
            total += counts[k];
            sum += counts[k] * centreLn(edges, k);
        }
        double mean = sum / Math.max(total, 1);
        double var = 0;
        for (int k = 0; k < counts.length; k++) {
            double d = centreLn(edges, k) - mean;
            var += counts[k] * d * d / Math.max(total, 1);
        }
        return new double[] {mean, var};
    }

    private static double centreLn(double[] edges, int k) {
        return (edges[k] + edges[k + 1]) / 2 * Math.log(10);
    }

    /** @return counts / (n · bin width in decades): the fraction of the n eigenvalues per decade of λ, comparable across bin widths */
    double[] perDecade(int n) {
        double width = log10Edges[1] - log10Edges[0];
        double[] d = new double[counts.length];
        for (int k = 0; k < d.length; k++) {
            d[k] = counts[k] / (n * width);
        }
        return d;
    }

    /** @return the bin centres in log10 λ */
    double[] centres() {
        double[] c = new double[counts.length];
        for (int k = 0; k < c.length; k++) {
            c[k] = (log10Edges[k] + log10Edges[k + 1]) / 2;
        }
        return c;
    }
}
