package org.conelab.analyzer.training;

import java.util.Locale;
import org.conelab.api.analysis.Training;
import org.conelab.api.matrix.SymmetricMatrix;
import org.conelab.api.solver.Solver;
import org.conelab.api.solver.SpectrumBounds;

/**
 * What the rates are judged against: λ_min, λ_max and λ_min⁺ (the smallest positive eigenvalue)
 * of S = W^½KW^½, each with an absolute error bound.
 *
 * <p>Since |1 − ηλ| is convex in λ, max_k |1 − ηλ_k| = max(|1 − ηλ_min|, |1 − ηλ_max|) for every
 * η: the extremes the solver stated for the training set-up ({@link Training#spectrum}) give it
 * exactly, to their error bounds. λ_min⁺ is λ_min when the bound certifies λ_min &gt; 0; otherwise
 * (a singular or nearly singular S) it is read from every eigenvalue of S
 * ({@link Solver#eigenvalues}), for n ≤ {@value #ALL_EIGENVALUES_LIMIT}, as the smallest one above
 * the numerical zero 8nε·λ_max.
 *
 * @param min λ_min
 * @param max λ_max
 * @param tolerance the larger of the error bounds on λ_min and λ_max (NaN when unknown)
 * @param minPositive λ_min⁺, or NaN when unknown
 * @param minPositiveTolerance its error bound
 * @param minPositiveMethod how λ_min⁺ was found, or why it is unknown
 */
record SpectrumFacts(double min, double max, double tolerance, double minPositive, double minPositiveTolerance,
        String minPositiveMethod) {

    /** The largest n for which every eigenvalue of S is computed to find λ_min⁺. */
    static final int ALL_EIGENVALUES_LIMIT = 2000;
    /** Eigenvalues within this many nε·λ_max of 0 are numerically zero. */
    static final double ZERO_EIGENVALUE = 8;
    private static final double EPS = Math.ulp(1.0) / 2;

    static SpectrumFacts of(Training training, Solver solver, SymmetricMatrix kernel) {
        SpectrumBounds b = training.spectrum();
        double tolerance = Math.max(b.minTolerance(), b.maxTolerance());
        if (!Double.isFinite(b.min()) || !Double.isFinite(b.max()) || !Double.isFinite(tolerance)) {
            return new SpectrumFacts(b.min(), b.max(), Double.NaN, Double.NaN, Double.NaN,
                    "the solver stated no spectrum with error bounds");
        }
        if (b.min() - b.minTolerance() > 0) {
            return new SpectrumFacts(b.min(), b.max(), tolerance, b.min(), b.minTolerance(),
                    "λ_min⁺ = λ_min, certified positive by its error bound");
        }
        int n = kernel.size();
        if (n > ALL_EIGENVALUES_LIMIT) {
            return new SpectrumFacts(b.min(), b.max(), tolerance, Double.NaN, Double.NaN, String.format(Locale.ROOT,
                    "λ_min = %.6g ± %.3g is not certified positive, and λ_min⁺ needs every eigenvalue (n = %d > %d)",
                    b.min(), b.minTolerance(), n, ALL_EIGENVALUES_LIMIT));
        }
        double[] values;
        try {
            values = solver.eigenvalues(kernel, training.weights());
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            return new SpectrumFacts(b.min(), b.max(), tolerance, Double.NaN, Double.NaN,
                    "λ_min⁺ needs every eigenvalue, and the solver gave none: " + e.getMessage());
        }
        double zero = Math.max(b.minTolerance(), ZERO_EIGENVALUE * n * EPS * Math.abs(b.max()));
        for (double v : values) {
            if (v > zero) {
                return new SpectrumFacts(b.min(), b.max(), tolerance, v, zero, String.format(Locale.ROOT,
                        "λ_min⁺ = the smallest of the solver's %d eigenvalues of S above the numerical zero %.3g", n, zero));
            }
        }
        return new SpectrumFacts(b.min(), b.max(), tolerance, Double.NaN, Double.NaN, "S has no positive eigenvalue");
    }

    /** @return whether λ_min and λ_max are known with error bounds */
    boolean known() {
        return Double.isFinite(tolerance);
    }

    /** @return whether λ_min⁺ is known */
    boolean minPositiveKnown() {
        return Double.isFinite(minPositive);
    }

    /** @return ρ(η) = max_k |1 − ηλ_k| = max(|1 − ηλ_min|, |1 − ηλ_max|) */
    double rho(double eta) {
        return Math.max(Math.abs(1 - eta * min), Math.abs(1 - eta * max));
    }

    /** @return the error bound of {@link #rho}: η times the larger error bound of the extremes */
    double rhoTolerance(double eta) {
        return eta * tolerance;
    }

    /** @return Lemma 2's rate |1 − ηλ_min⁺| (the paper writes 1 − ηλ_min⁺; the two agree while ηλ_min⁺ ≤ 1) */
    double lemma2Rate(double eta) {
        return Math.abs(1 - eta * minPositive);
    }

    /** @return the error bound of {@link #lemma2Rate} */
    double lemma2Tolerance(double eta) {
        return eta * minPositiveTolerance;
    }

    /** @return 2/(λ_min⁺ + λ_max): above it the top mode decays slower than Lemma 2's rate says */
    double ratesDifferAbove() {
        return 2 / (minPositive + max);
    }
}
