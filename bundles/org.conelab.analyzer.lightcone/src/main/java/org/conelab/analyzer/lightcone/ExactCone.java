package org.conelab.analyzer.lightcone;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.conelab.api.analysis.Coverage;
import org.conelab.api.analysis.Finding;
import org.conelab.api.analysis.Table;
import org.conelab.api.analysis.Verdict;
import org.conelab.api.chart.Series;

/**
 * The exact cone of a range-R kernel (paper, Theorem 2), from a {@link ConeMeasurement}:
 * <ul>
 *   <li>{@code outside_cone_nonzero}: entries with d(i, j) &gt; tR that are non-zero. 0 by
 *       structure when K's stored pattern cannot reach outside the cone; otherwise the entries
 *       certified non-zero in wide-range arithmetic (fails when any), or not measurable when
 *       the reachable ones all lie within their rounding bounds;</li>
 *   <li>{@code front_speed}: the slope through the origin of the exact front max{d : J_t(i, j) ≠ 0},
 *       known exactly when the front certified non-zero equals the structural one at every step;</li>
 *   <li>{@code numeric_front_speed} (info): the same slope for the solver's doubles, which
 *       underflow to 0 far from the source, and {@code underflow_step}: the first step with a
 *       non-zero entry below 2.2e-308;</li>
 *   <li>{@code solver_agreement}: max |solver − wide| / (|I − ηKW|^t·e_j) against the two
 *       computations' rounding bounds;</li>
 *   <li>{@code front_amplitude_relerr} (chain): the edge entries against their closed form.</li>
 * </ul>
 */
final class ExactCone {

    /** Relative tolerance of the front amplitude against its closed form. */
    static final double AMPLITUDE_TOLERANCE = 1e-9;
    /** Relative tolerance of the fitted speed against R (the fit is exact in exact arithmetic). */
    static final double SPEED_TOLERANCE = 1e-12;
    /**
     * Multiple of γ_T allowed between solver and wide-range values, relative to |J|^t·e_j: both
     * are within γ_T of the exact value for a product-based solver; 4 leaves room for a solver
     * whose summation order differs.
     */
    static final double AGREEMENT_FACTOR = 4;

    private ExactCone() {
    }

    static List<Finding> findings(String suffix, ConeMeasurement m, double amplitudeError) {
        List<Finding> findings = new ArrayList<>();
        findings.add(outside(suffix, m));
        findings.add(speed(suffix, m));
        double numeric = speedOf(m.numericFront, m);
        findings.add(Finding.info("numeric_front_speed" + suffix, numeric, "nodes/step").measuredBy(
                m.solverCoveredAll ? Coverage.ALL_ENTRIES : Coverage.WINDOW,
                "slope of max{d : the solver's double J_t(i, j) ≠ 0}; falls short of the exact front where entries underflow"));
        findings.add(Finding.info("underflow_step" + suffix, m.underflowStep < 0 ? Double.NaN : m.underflowStep, "step")
                .measuredBy(Coverage.ALL_ENTRIES, m.underflowStep < 0
                        ? "no entry certified non-zero fell below 2.2e-308 within T steps"
                        : "the first step with an entry certified non-zero below 2.2e-308: from there doubles round it to 0"));
        double maxOutside = Double.NEGATIVE_INFINITY;
        for (double v : m.maxLog10Outside) {
            maxOutside = Math.max(maxOutside, v);
        }
        findings.add(Finding.info("max_log10_abs_outside_cone" + suffix, maxOutside == Double.NEGATIVE_INFINITY ? Double.NaN : maxOutside, "")
                .measuredBy(Coverage.ALL_ENTRIES, maxOutside == Double.NEGATIVE_INFINITY
                        ? "no entry outside the cone is non-zero (empty: exactly 0)" : "log10 of the largest |J_t| outside the cone, wide-range"));
        double tolerance = AGREEMENT_FACTOR * m.gamma;
        findings.add(new Finding("solver_agreement" + suffix, m.agreement, 0, tolerance, "of |J|^t", Verdict.of(m.agreement <= tolerance),
                Coverage.ALL_ENTRIES, "max |solver − wide-range| / (|I − ηKW|^t·e_j)_i over every entry the structure allows, "
                        + "where that scale is a normal double; tolerance " + AGREEMENT_FACTOR + "·γ_T"));
        if (!Double.isNaN(amplitudeError)) {
            findings.add(new Finding("front_amplitude_relerr" + suffix, amplitudeError, 0, AMPLITUDE_TOLERANCE, "",
                    Verdict.of(amplitudeError <= AMPLITUDE_TOLERANCE), Coverage.WINDOW,
                    "the cone's edge entries j ± tR, wide-range and (where a normal double) the solver's, against the closed form "
                            + "(−η)^t·Π K·w"));
        }
        return findings;
    }

    private static Finding outside(String suffix, ConeMeasurement m) {
        long structural = ConeMeasurement.total(m.structuralOutside);
        long certified = ConeMeasurement.total(m.certifiedOutside);
        String name = "outside_cone_nonzero" + suffix;
        if (structural == 0) {
            return new Finding(name, 0, 0, 0, "entries", Verdict.HOLDS, Coverage.STRUCTURAL,
                    "K's stored non-zero pattern reaches no node beyond d = tR within t steps: every entry outside the cone is exactly 0");
        }
        if (certified > 0) {
            return new Finding(name, certified, 0, 0, "entries", Verdict.FAILS, Coverage.ALL_ENTRIES, String.format(Locale.ROOT,
                    "%d entries outside the cone are structurally reachable; %d are certified non-zero in wide-range arithmetic",
                    structural, certified));
        }
        return Finding.notMeasurable(name, 0, "entries", String.format(Locale.ROOT,
                "%d entries outside the cone are structurally reachable, none exceeds its rounding bound: exact zeros cannot be told "
                        + "from rounding", structural));
    }

    private static Finding speed(String suffix, ConeMeasurement m) {
        String name = "front_speed" + suffix;
        double speed = speedOf(m.certifiedFront, m);
        if (Double.isNaN(speed)) {
            return Finding.info(name, speed, "nodes/step").measuredBy(Coverage.DERIVED, "T = 0: no step to fit");
        }
        if (!m.frontDetermined()) {
            return Finding.notMeasurable(name, m.range, "nodes/step", String.format(Locale.ROOT,
                    "from step %d the furthest structurally reachable node is not certified non-zero: the exact front lies between "
                            + "speeds %.6g (certified) and %.6g (structural)", m.firstUndeterminedStep(), speed,
                    speedOf(m.structuralFront, m)));
        }
        double tolerance = SPEED_TOLERANCE * m.range;
        return new Finding(name, speed, m.range, tolerance, "nodes/step", Verdict.of(Math.abs(speed - m.range) <= tolerance),
                Coverage.ALL_ENTRIES, "slope through the origin of the exact front max{d : J_t(i, j) ≠ 0}: certified non-zero in "
                        + "wide-range arithmetic and equal to the structural front at every step");
    }

    /**
     * The front speed v, fitted through the origin over the steps whose cone still fits inside
     * the graph (tR ≤ eccentricity, the largest front reached): v = Σ t·front[t] / Σ t². Exactly
     * R when front[t] = tR.
     *
     * @return v, or NaN when no step qualifies (T = 0)
     */
    static double speedOf(int[] front, ConeMeasurement m) {
        int eccentricity = 0;
        for (int f : m.structuralFront) {
            eccentricity = Math.max(eccentricity, f);
        }
        double num = 0;
        double den = 0;
        for (int t = 1; t < front.length && (long) t * m.range <= eccentricity; t++) {
            num += (double) t * front[t];
            den += (double) t * t;
        }
        return den > 0 ? num / den : Double.NaN;
    }

    /** @return the cone d = tR for the front chart */
    static Series coneLine(int steps, int range) {
        return ConeCharts.line("cone d = t·R (R = " + range + ")", steps, 0, range);
    }

    /**
     * The {@code front} table: per step, the cone radius and, per loss, the exact front, the
     * solver's numeric front, the structural support's size, entries outside the cone that are
     * structurally reachable and certified non-zero, and log10 of the largest |J| outside.
     */
    static Table table(List<String> lossIds, List<ConeMeasurement> measurements, int range) {
        List<String> columns = new ArrayList<>(List.of("t", "cone_radius"));
        for (String id : lossIds) {
            columns.addAll(List.of("front_" + id, "numeric_front_" + id, "structural_front_" + id, "outside_reachable_" + id,
                    "outside_nonzero_" + id, "log10_max_abs_outside_" + id, "log2_norm_" + id));
        }
        int steps = measurements.get(0).steps;
        List<double[]> rows = new ArrayList<>();
        for (int t = 0; t <= steps; t++) {
            double[] row = new double[columns.size()];
            row[0] = t;
            row[1] = (double) t * range;
            for (int s = 0; s < measurements.size(); s++) {
                ConeMeasurement m = measurements.get(s);
                int c = 2 + 7 * s;
                row[c] = m.certifiedFront[t];
                row[c + 1] = m.numericFront[t];
                row[c + 2] = m.structuralFront[t];
                row[c + 3] = m.structuralOutside[t];
                row[c + 4] = m.certifiedOutside[t];
                row[c + 5] = m.maxLog10Outside[t] == Double.NEGATIVE_INFINITY ? Double.NaN : m.maxLog10Outside[t];
                row[c + 6] = m.log2Norm[t];
            }
            rows.add(row);
        }
        return new Table("front", columns, rows);
    }
}
