package org.conelab.analyzer.lightcone;

import java.util.ArrayList;
import java.util.List;
import org.conelab.api.InvalidInputException;
import org.conelab.api.ParameterSpec;
import org.conelab.api.Parameters;
import org.conelab.api.analysis.AnalysisResult;
import org.conelab.api.analysis.Analyzer;
import org.conelab.api.analysis.Experiment;
import org.conelab.api.analysis.Finding;
import org.conelab.api.analysis.Training;
import org.conelab.api.analysis.Verdict;
import org.conelab.api.chart.ChartSpec;
import org.conelab.api.chart.Series;
import org.conelab.api.graph.Chain;
import org.conelab.api.progress.Progress;
import org.conelab.api.solver.LinearDynamics;
import org.conelab.api.solver.ResponseColumns;
import org.osgi.service.component.annotations.Component;

/**
 * Tests the discrete light cone (paper, Theorem 2): for a range-R kernel,
 * (J_t)_{ij} = ((I − ηKW)^t)_{ij} = 0 whenever d(i, j) &gt; tR, and the front moves at
 * v = R nodes per step whatever the loss.
 *
 * <p>For the source j (default: the middle node) it asks the solver for every entry of
 * J_t·e_j, t = 0 … T, and reports, per loss: the number of exactly non-zero entries outside the
 * cone (expected 0), the fitted front speed (expected R), and on a chain the relative error of
 * the entries at the cone's edge against their closed form (expected 0, see
 * {@link FrontAmplitude}).
 */
@Component(service = Analyzer.class, property = {
    "conelab.id=lightcone",
    "service.ranking:Integer=100",
    "conelab.description=Light cone: support of J_t·e_j, front speed v against R, exact zeros outside d ≤ tR"})
public final class LightConeAnalyzer implements Analyzer {

    /** Relative tolerance of the front amplitude against its closed form. */
    static final double AMPLITUDE_TOLERANCE = 1e-9;
    /** Relative tolerance of the fitted speed against R (the fit is exact in exact arithmetic). */
    static final double SPEED_TOLERANCE = 1e-12;
    /** Columns of margin shown beyond the cone in the heat map, at least. */
    private static final int MIN_MARGIN = 5;

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(new ParameterSpec("source", "(middle node)", "the perturbed node j, 0 ≤ j < n"),
                new ParameterSpec("width", "(T·R plus a margin)", "half-width of the heat map, in nodes"));
    }

    @Override
    public AnalysisResult analyze(Experiment experiment, Parameters parameters, Progress progress) {
        if (!experiment.kernel().locality().isStrictlyLocal()) {
            throw new InvalidInputException("analyzers", "lightcone needs a strictly local kernel (finite range R)");
        }
        int n = experiment.graph().size();
        int range = experiment.kernel().locality().range();
        int steps = experiment.steps();
        int source = parameters.integer("source", n / 2, 0, n - 1);
        boolean chain = experiment.graph() instanceof Chain;
        int[] distances = experiment.graph().distancesFrom(source);
        int[] positions = chain ? offsets(n, source) : distances;

        List<Training> trainings = new ArrayList<>();
        trainings.add(experiment.primary());
        experiment.comparison().ifPresent(trainings::add);

        List<Finding> findings = new ArrayList<>();
        List<ChartSpec> charts = new ArrayList<>();
        List<Series> fronts = new ArrayList<>();
        List<ConeScan> scans = new ArrayList<>();
        progress.begin("lightcone: response columns", trainings.size());
        for (Training training : trainings) {
            String suffix = training == experiment.primary() ? "" : "." + training.lossId();
            LinearDynamics dynamics = new LinearDynamics(experiment.kernel().matrix(), training.weights(), training.eta());
            ResponseColumns columns = experiment.solver().response(dynamics, source, steps);
            ConeScan scan = ConeScan.of(columns, distances, range);
            scans.add(scan);
            findings.addAll(findings(suffix, scan, range, chain ? FrontAmplitude.largestRelativeError(dynamics, columns, range) : Double.NaN));
            int width = parameters.integer("width", defaultWidth(steps, range, scan.eccentricity()), 1, Integer.MAX_VALUE);
            String chartName = suffix.isEmpty() ? "cone" : "cone-" + training.lossId();
            charts.add(ConeCharts.heatMap(chartName, training.lossId() + ", source j = " + source, columns, positions,
                    width, chain, range));
            fronts.add(ConeCharts.frontSeries(training.lossId(), scan.front()));
            progress.worked(1);
        }
        progress.done();
        charts.add(ConeCharts.fronts(fronts, steps, range));
        return new AnalysisResult(findings, List.of(FrontTable.of(trainings, scans, range)), charts);
    }

    private static List<Finding> findings(String suffix, ConeScan scan, int range, double amplitudeError) {
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

    private static int defaultWidth(int steps, int range, int eccentricity) {
        long cone = (long) steps * range;
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
