package org.conelab.analyzer.lightcone;

import java.util.ArrayList;
import java.util.List;
import org.conelab.api.ParameterSpec;
import org.conelab.api.Parameters;
import org.conelab.api.analysis.AnalysisResult;
import org.conelab.api.analysis.Analyzer;
import org.conelab.api.analysis.Experiment;
import org.conelab.api.analysis.Finding;
import org.conelab.api.analysis.Training;
import org.conelab.api.chart.ChartSpec;
import org.conelab.api.chart.HeatMap;
import org.conelab.api.chart.Series;
import org.conelab.api.graph.Chain;
import org.conelab.api.kernel.Locality;
import org.conelab.api.progress.Progress;
import org.conelab.api.solver.LinearDynamics;
import org.conelab.api.solver.ResponseColumns;
import org.osgi.service.component.annotations.Component;

/**
 * Tests the discrete light cone (paper, Theorem 2): for a range-R kernel,
 * (J_t)_{ij} = ((I − ηKW)^t)_{ij} = 0 whenever d(i, j) &gt; tR, and the front moves at
 * v = R nodes per step whatever the loss; for a decaying kernel, measures the Lieb–Robinson
 * constants instead (§12, see {@link TailScan}), and on a chain checks the exact cone of the
 * truncated kernel as stored (range = its half-bandwidth).
 *
 * <p>For the source j (default: the middle node) it asks the solver for J_t·e_j, t = 0 … T, for
 * the main loss and the comparison loss, and reports the findings of {@link ExactCone} or
 * {@link DecayingCone}, a {@code front} table, a heat map per loss and a chart of the fronts.
 */
@Component(service = Analyzer.class, property = {
    "conelab.id=lightcone",
    "service.ranking:Integer=100",
    "conelab.description=Light cone: support of J_t·e_j, front speed v against R, exact zeros outside d ≤ tR"})
public final class LightConeAnalyzer implements Analyzer {

    /** Columns of margin shown beyond the cone in the heat map, at least. */
    private static final int MIN_MARGIN = 5;

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(new ParameterSpec("source", "(middle node)", "the perturbed node j, 0 ≤ j < n"),
                new ParameterSpec("width", "(T·R plus a margin)", "half-width of the heat map, in nodes"));
    }

    @Override
    public AnalysisResult analyze(Experiment experiment, Parameters parameters, Progress progress) {
        int n = experiment.graph().size();
        Locality locality = experiment.kernel().locality();
        int steps = experiment.steps();
        int source = parameters.integer("source", n / 2, 0, n - 1);
        boolean chain = experiment.graph() instanceof Chain;
        int[] distances = experiment.graph().distancesFrom(source);
        int[] positions = chain ? offsets(n, source) : distances;

        List<Training> trainings = new ArrayList<>();
        trainings.add(experiment.primary());
        experiment.comparison().ifPresent(trainings::add);
        List<String> lossIds = trainings.stream().map(Training::lossId).toList();

        List<Finding> findings = new ArrayList<>();
        List<ChartSpec> charts = new ArrayList<>();
        List<Series> fronts = new ArrayList<>();
        List<Series> profiles = new ArrayList<>();
        List<ConeScan> coneScans = new ArrayList<>();
        List<TailScan> tailScans = new ArrayList<>();
        progress.begin("lightcone: response columns", trainings.size());
        for (Training training : trainings) {
            String suffix = training == experiment.primary() ? "" : "." + training.lossId();
            LinearDynamics dynamics = new LinearDynamics(experiment.kernel().matrix(), training.weights(), training.eta());
            ResponseColumns columns = experiment.solver().response(dynamics, source, steps);
            List<Series> overlays;
            int width;
            if (locality.isStrictlyLocal()) {
                int range = locality.range();
                ConeScan scan = ConeScan.of(columns, distances, range);
                coneScans.add(scan);
                findings.addAll(ExactCone.findings(suffix, scan,
                        range, chain ? FrontAmplitude.largestRelativeError(dynamics, columns, range) : Double.NaN));
                fronts.add(ConeCharts.frontSeries("front, " + training.lossId(), scan.front()));
                overlays = ConeCharts.coneLines("cone d = t·R", steps, 0, range, chain);
                width = defaultWidth((long) steps * range, scan.eccentricity());
            } else {
                TailScan scan = TailScan.of(experiment.solver(), dynamics, columns, distances);
                tailScans.add(scan);
                findings.addAll(DecayingCone.findings(suffix, scan));
                if (chain) {
                    // the stored (truncated) kernel is strictly local at its half-bandwidth: Theorem 2 applies to it
                    int stored = experiment.kernel().matrix().halfBandwidth();
                    findings.addAll(ExactCone.findings("_stored" + suffix, ConeScan.of(columns, distances, stored), stored, Double.NaN));
                }
                fronts.addAll(DecayingCone.frontSeries(training.lossId(), scan));
                overlays = DecayingCone.contourLines(steps, scan, chain);
                int eccentricity = ConeScan.eccentricity(distances);
                width = defaultWidth(DecayingCone.contourReach(steps, scan, eccentricity), eccentricity);
            }
            String name = suffix.isEmpty() ? "cone" : "cone-" + training.lossId();
            HeatMap map = ConeCharts.heatMap(name, "J_t = (I − ηKW)^t, " + training.lossId() + ", source j = " + source
                    + " (blank: exactly 0)", columns, positions, parameters.integer("width", width, 1, Integer.MAX_VALUE), chain, overlays);
            charts.add(map);
            profiles.add(ConeCharts.finalProfile(training.lossId(), map));
            progress.worked(1);
        }
        progress.done();
        charts.add(ConeCharts.profiles(chain ? "i − j" : "d(i, j)", steps, profiles));
        if (locality.isStrictlyLocal()) {
            fronts.add(ExactCone.coneLine(steps, locality.range()));
            charts.add(ConeCharts.fronts("Front of influence: max d(i, j) with J_t(i, j) ≠ 0", fronts));
            return new AnalysisResult(findings, List.of(ExactCone.table(lossIds, coneScans, locality.range())), charts);
        }
        charts.add(ConeCharts.fronts("ε-fronts: max d(i, j) with |J_t(i, j)| ≥ ε", fronts));
        return new AnalysisResult(findings, List.of(DecayingCone.table(lossIds, tailScans), DecayingCone.fitTable(lossIds, tailScans)),
                charts);
    }

    private static int defaultWidth(long cone, int eccentricity) {
        long margin = Math.max(MIN_MARGIN, cone / 4);
        return (int) Math.max(1, Math.min(cone + margin, eccentricity));
    }

    private static int[] offsets(int n, int source) {
        int[] offsets = new int[n];
        for (int i = 0; i < n; i++) {
            offsets[i] = i - source;
        }
        return offsets;
    }
}
