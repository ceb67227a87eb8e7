package org.conelab.analyzer.lightcone;

import java.util.ArrayList;
import java.util.List;
import org.conelab.api.analysis.Finding;
import org.conelab.api.analysis.Table;
import org.conelab.api.analysis.Verdict;
import org.conelab.api.chart.Series;

/**
 * The exact cone of a range-R kernel (paper, Theorem 2): per loss, the non-zero entries
 * outside d ≤ tR (expected none), the fitted front speed (expected R) and, on a chain, the
 * entries at the cone's edge against their closed form.
 */
final class ExactCone {

    /** Relative tolerance of the front amplitude against its closed form. */
    static final double AMPLITUDE_TOLERANCE = 1e-9;
    /** Relative tolerance of the fitted speed against R (the fit is exact in exact arithmetic). */
    static final double SPEED_TOLERANCE = 1e-12;

    private ExactCone() {
    }

    static List<Finding> findings(String suffix, ConeScan scan, int range, double amplitudeError) {
        List<Finding> findings = new ArrayList<>();
        long outside = scan.outsideTotal();
        findings.add(new Finding("outside_cone_nonzero" + suffix, outside, 0, "entries", Verdict.of(outside == 0)));
        double speed = scan.speed(range);
        findings.add(new Finding("front_speed" + suffix, speed, range, "nodes/step",
                Double.isNaN(speed) ? Verdict.INFO : Verdict.of(Math.abs(speed - range) <= SPEED_TOLERANCE * range)));
        double maxOutside = 0;
        for (double m : scan.maxOutside()) {
            maxOutside = Math.max(maxOutside, m);
        }
        findings.add(Finding.info("max_abs_outside_cone" + suffix, maxOutside, ""));
        if (!Double.isNaN(amplitudeError)) {
            findings.add(new Finding("front_amplitude_relerr" + suffix, amplitudeError, 0, "",
                    Verdict.of(amplitudeError <= AMPLITUDE_TOLERANCE)));
        }
        return findings;
    }

    /** @return the cone d = tR for the front chart */
    static Series coneLine(int steps, int range) {
        return ConeCharts.line("cone d = t·R (R = " + range + ")", steps, 0, range);
    }

    /** The {@code front} table: per step, the cone radius and each loss's front, support and leakage. */
    static Table table(List<String> lossIds, List<ConeScan> scans, int range) {
        List<String> columns = new ArrayList<>(List.of("t", "cone_radius"));
        for (String id : lossIds) {
            columns.addAll(List.of("front_" + id, "support_" + id, "outside_nonzero_" + id, "max_abs_outside_" + id));
        }
        int steps = scans.get(0).front().length - 1;
        List<double[]> rows = new ArrayList<>();
        for (int t = 0; t <= steps; t++) {
            double[] row = new double[columns.size()];
            row[0] = t;
            row[1] = (double) t * range;
            for (int s = 0; s < scans.size(); s++) {
                ConeScan scan = scans.get(s);
                row[2 + 4 * s] = scan.front()[t];
                row[3 + 4 * s] = scan.support()[t];
                row[4 + 4 * s] = scan.outside()[t];
                row[5 + 4 * s] = scan.maxOutside()[t];
            }
            rows.add(row);
        }
        return new Table("front", columns, rows);
    }
}
