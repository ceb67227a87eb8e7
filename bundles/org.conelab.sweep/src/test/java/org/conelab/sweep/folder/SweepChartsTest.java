package org.conelab.sweep.folder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.conelab.api.chart.Series;
import org.conelab.sweep.spec.Plot;
import org.conelab.sweep.spec.Point;
import org.conelab.sweep.spec.SweepPlan;
import org.conelab.sweep.spec.SweepSpec;
import org.junit.jupiter.api.Test;

class SweepChartsTest {

    @Test
    void theMeanAndSampleStandardDeviationOfTheFiniteValues() {
        double[] s = SweepCharts.stats(List.of(1.0, 2.0, 3.0, Double.NaN));
        assertThat(s[0]).isEqualTo(2.0);
        assertThat(s[1]).isCloseTo(1.0, within(1e-15));
        assertThat(s[2]).isEqualTo(3);
        assertThat(SweepCharts.stats(List.of(5.0))).containsExactly(5.0, 0.0, 1.0);
        assertThat(SweepCharts.stats(List.of(Double.NaN))[2]).isZero();
    }

    @Test
    void oneLinePerOtherKeyWithErrorBarsOverTheReplicates() {
        Map<String, String> values = new LinkedHashMap<>(Map.of("name", "c", "n", "3", "kernel", "k"));
        values.put("sweep.loss", "is, mse");
        values.put("sweep.targets.sigma", "0.5, 1");
        values.put("sweep.replicates", "2");
        SweepSpec spec = SweepSpec.parse(values, Set.of("name", "n", "kernel", "loss", "targets.sigma", "targets.seed", "init.seed"));
        SweepPlan plan = SweepPlan.of(spec);
        Map<Integer, List<FindingsFile.Row>> findings = new HashMap<>();
        List<Point> points = new ArrayList<>(plan.points());
        for (Point p : points) {
            // measured = 10·σ + replicate (+ 100 for mse): means 10σ + 0.5, sd √½
            double m = 10 * Double.parseDouble(p.swept().get("targets.sigma")) + p.replicate() + (p.swept().get("loss").equals("mse") ? 100 : 0);
            findings.put(p.index(), List.of(new FindingsFile.Row("spectrum", "kappa_ratio", Double.toString(m), "fails")));
        }
        SweepCharts.Drawn drawn = SweepCharts.draw(spec, new Plot("kappa_ratio", "targets.sigma"), points, findings);

        assertThat(drawn.problem()).isNull();
        List<Series> series = drawn.chart().series();
        assertThat(series).extracting(Series::label).containsExactly("loss = is", "loss = is ± 1 sd", "loss = mse", "loss = mse ± 1 sd");
        assertThat(series.get(0).x()).containsExactly(0.5, 1.0);
        assertThat(series.get(0).y()).containsExactly(5.5, 10.5);
        double sd = Math.sqrt(0.5);
        assertThat(series.get(1).y()[0]).isCloseTo(5.5 - sd, within(1e-12));
        assertThat(series.get(1).y()[1]).isCloseTo(5.5 + sd, within(1e-12));
        assertThat(series.get(1).y()[2]).isNaN();
        assertThat(drawn.table()).startsWith("targets.sigma,series,mean,sd,count\n0.5,loss = is,5.5,");
        assertThat(SweepCharts.draw(spec, new Plot("nothing", "targets.sigma"), points, findings).problem()).contains("no finding 'nothing'");
    }
}
