package org.conelab.analyzer.lightcone;

import java.util.ArrayList;
import java.util.List;
import org.conelab.api.analysis.Table;
import org.conelab.api.analysis.Training;

/** The {@code front} table: per step, the cone radius and each loss's front, support and leakage. */
final class FrontTable {

    private FrontTable() {
    }

    static Table of(List<Training> trainings, List<ConeScan> scans, int range) {
        List<String> columns = new ArrayList<>(List.of("t", "cone_radius"));
        for (Training training : trainings) {
            String id = training.lossId();
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
