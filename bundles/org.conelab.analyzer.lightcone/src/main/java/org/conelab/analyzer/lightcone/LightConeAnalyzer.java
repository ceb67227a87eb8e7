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
import org.conelab.numeric.IndexPath;
import org.conelab.api.graph.Graph;
import org.conelab.api.kernel.Locality;
import org.conelab.api.matrix.SymmetricMatrix;
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
 * <p>The cone is measured, not assumed, and its verdicts do not depend on the floating-point
 * range nor on the solver: for the source j (default: the middle node) and each loss,
 * <ul>
 *   <li>the support is found from K's stored non-zero pattern in exact integer arithmetic
 *       ({@link StructuralSupport});</li>
 *   <li>the values are computed again in wide-range arithmetic ({@link WideResponse}), so
 *       entries below 1e-308 stay non-zero and growth beyond 1e308 stays finite, with entries
 *       certified non-zero against a rounding bound;</li>
 *   <li>the solver's response columns are compared with them ({@code solver_agreement}) and
 *       its numeric front reported beside the exact one;</li>
 *   <li>the first step is checked on all n entries through the solver's product
 *       ({@link FullProductCheck}), whatever window its response columns use;</li>
 *   <li>a response that leaves the stability bound is reported as diverged ({@link Stability}),
 *       and every claim of that run becomes not measurable.</li>
 * </ul>
 * Findings of {@link ExactCone} or {@link DecayingCone}, a {@code front} table, a heat map per
 * loss (wide-range magnitudes, with the cells a double cannot hold drawn as their own classes)
 * and charts of the fronts and of the final profile.
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
        SymmetricMatrix kernel = experiment.kernel().matrix();
        int steps = experiment.steps();
        int source = parameters.integer("source", n / 2, 0, n - 1);
        boolean chain = IndexPath.is(experiment.graph());
        int[] distances = experiment.graph().distancesFrom(source);
        int[] positions = chain ? offsets(n, source) : distances;
        // the cone tested: the declared range, or for a decaying kernel on a chain the stored (truncated) half-bandwidth
        int coneRange = locality.isStrictlyLocal() ? locality.range() : chain ? kernel.halfBandwidth() : -1;
        String coneSuffix = locality.isStrictlyLocal() ? "" : "_stored";
        StructuralSupport support = StructuralSupport.of(kernel, source, steps);

        List<Training> trainings = experiment.trainings();
        List<String> lossIds = trainings.stream().map(Training::lossId).toList();
        List<Finding> findings = new ArrayList<>();
        if (locality.isStrictlyLocal()) {
            findings.add(FullProductCheck.of(experiment.solver(), kernel, experiment.primary().weights(), source, distances, coneRange));
        }
        List<ChartSpec> charts = new ArrayList<>();
        List<Series> fronts = new ArrayList<>();
        List<Series> profiles = new ArrayList<>();
        List<ConeMeasurement> measurements = new ArrayList<>();
        List<TailScan> tailScans = new ArrayList<>();
        List<String> divergence = new ArrayList<>();
        progress.begin("lightcone: response columns", trainings.size());
        for (Training training : trainings) {
            String suffix = training == experiment.primary() ? "" : "." + training.lossId();
            double[] weights = training.weights();
            LinearDynamics dynamics = new LinearDynamics(kernel, weights, training.eta());
            ResponseColumns columns = experiment.solver().response(dynamics, source, steps);
            List<Series> overlays;
            int width;
            TailScan scan = null;
            if (locality.isStrictlyLocal()) {
                overlays = ConeCharts.coneLines("cone d = t·R", steps, 0, coneRange, chain);
                width = defaultWidth((long) steps * coneRange, eccentricity(distances));
            } else {
                scan = TailScan.of(experiment.solver(), dynamics, columns, distances);
                tailScans.add(scan);
                overlays = DecayingCone.contourLines(steps, scan, chain);
                int eccentricity = eccentricity(distances);
                width = defaultWidth(DecayingCone.contourReach(steps, scan, eccentricity), eccentricity);
            }
            HeatGrid grid = new HeatGrid(positions, parameters.integer("width", width, 1, Integer.MAX_VALUE), chain, steps);
            EdgeValues edges = chain && coneRange > 0 ? new EdgeValues(source, coneRange, n, steps) : null;
            ConeMeasurement measurement = ConeMeasurement.of(columns, new WideResponse(kernel, weights, training.eta(), support),
                    support, distances, coneRange, grid, edges);
            measurements.add(measurement);
            Stability stability = Stability.of(measurement, training, source);
            List<Finding> own = new ArrayList<>();
            own.add(stability.finding(suffix));
            if (coneRange >= 0) {
                double amplitude = edges == null ? Double.NaN : FrontAmplitude.largestRelativeError(dynamics, columns, edges);
                own.addAll(ExactCone.findings(coneSuffix + suffix, measurement, amplitude));
            }
            if (scan != null) {
                own.addAll(DecayingCone.findings(suffix, scan));
                fronts.addAll(DecayingCone.frontSeries(training.lossId(), scan));
            } else {
                fronts.add(ConeCharts.frontSeries("front, " + training.lossId(), measurement.certifiedFront));
                fronts.add(ConeCharts.frontSeries("numeric front (doubles), " + training.lossId(), measurement.numericFront));
            }
            if (stability.diverged()) {
                divergence.add(training.lossId() + ": " + stability.reason());
                own.replaceAll(f -> f.name().startsWith("diverged") ? f : f.unmeasurable(stability.reason()));
            }
            findings.addAll(own);
            String name = suffix.isEmpty() ? "cone" : "cone-" + training.lossId();
            HeatMap map = ConeCharts.heatMap(name, "J_t = (I − ηKW)^t, " + training.lossId() + ", source j = " + source
                    + " (wide-range; blank: exactly 0)", grid, chain, overlays);
            charts.add(map);
            profiles.add(ConeCharts.finalProfile(training.lossId(), map));
            progress.worked(1);
        }
        progress.done();
        if (!divergence.isEmpty()) {
            // the kernel check does not depend on η, but no claim of a diverged run is reported as settled
            findings.replaceAll(f -> f.name().equals("kernel_reach") ? f.unmeasurable(String.join("; ", divergence)) : f);
        }
        charts.add(ConeCharts.profiles(chain ? "i − j" : "d(i, j)", steps, profiles));
        if (locality.isStrictlyLocal()) {
            fronts.add(ExactCone.coneLine(steps, coneRange));
            charts.add(ConeCharts.fronts("Front of influence: max d(i, j) with J_t(i, j) ≠ 0", fronts));
            return new AnalysisResult(findings, List.of(ExactCone.table(lossIds, measurements, coneRange)), charts);
        }
        charts.add(ConeCharts.fronts("ε-fronts: max d(i, j) with |J_t(i, j)| ≥ ε", fronts));
        return new AnalysisResult(findings, List.of(DecayingCone.table(lossIds, tailScans), DecayingCone.fitTable(lossIds, tailScans)),
                charts);
    }

    private static int defaultWidth(long cone, int eccentricity) {
        long margin = Math.max(MIN_MARGIN, cone / 4);
        return (int) Math.max(1, Math.min(cone + margin, eccentricity));
    }

    /** @return the largest finite distance in {@code distances}: no front can pass it */
    private static int eccentricity(int[] distances) {
        int max = 0;
        for (int d : distances) {
            if (d != Graph.UNREACHABLE) {
                max = Math.max(max, d);
            }
        }
        return max;
    }

    private static int[] offsets(int n, int source) {
        int[] offsets = new int[n];
        for (int i = 0; i < n; i++) {
            offsets[i] = i - source;
        }
        return offsets;
    }
}
