package org.conelab.analyzer.spectrum;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.conelab.api.InvalidInputException;
import org.conelab.api.ParameterSpec;
import org.conelab.api.Parameters;
import org.conelab.api.analysis.AnalysisResult;
import org.conelab.api.analysis.Analyzer;
import org.conelab.api.analysis.Coverage;
import org.conelab.api.analysis.Experiment;
import org.conelab.api.analysis.Finding;
import org.conelab.api.analysis.Table;
import org.conelab.api.analysis.Training;
import org.conelab.api.chart.ChartSpec;
import org.conelab.api.chart.LineChart;
import org.conelab.api.chart.Series;
import org.conelab.api.matrix.SymmetricMatrix;
import org.conelab.api.progress.Progress;
import org.conelab.api.solver.Solver;
import org.conelab.api.solver.SpectrumBounds;
import org.osgi.service.component.annotations.Component;

/**
 * The conditioning of S = W^½KW^½ under each loss (paper §11, §14, §16: "IS flattens the
 * effective spectrum of A = KW relative to MSE, reducing the condition number", "typically
 * reduces λ_max"), measured rather than assumed:
 * <ul>
 *   <li>per loss: λ_min (to relative accuracy, as the solver states it), λ_max, κ, the stable
 *       bound 2/λ_max, Var λ (exact, from traces: {@link SpectralMoments}) and Var ln λ, and the
 *       eigenvalue density on a log λ axis ({@link EigenvalueDensity}): exact inertia counts where
 *       the solver has them, every eigenvalue for n ≤ {@code spectrum.all_eigenvalues_up_to}
 *       (default {@value #EIGENVALUE_LIMIT}), stochastic
 *       Lanczos quadrature otherwise ({@link StochasticLanczos});</li>
 *   <li>with IS and MSE both in the run: the claims κ_IS/κ_MSE &lt; 1, λmax_IS/λmax_MSE &lt; 1 and
 *       Var ln λ_IS / Var ln λ_MSE &lt; 1, judged with the solvers' error bounds ({@link RatioClaim});</li>
 *   <li>{@code spectrum.sweep}: the same ratios against the targets' spread and scale, with the
 *       target-scaled kernel where IS does recover K₀'s conditioning ({@link ConditioningSweep},
 *       {@link SweepFindings}).</li>
 * </ul>
 */
@Component(service = Analyzer.class, property = {
    "conelab.id=spectrum",
    "service.ranking:Integer=100",
    "conelab.description=Spectrum of S = W^½KW^½ per loss: λmin, λmax, κ, 2/λmax, variance, density; sweeps over the targets' spread and scale"})
public final class SpectrumAnalyzer implements Analyzer {

    /** Default order up to which every eigenvalue is computed (for the density and Var ln λ). */
    static final int EIGENVALUE_LIMIT = 2000;
    private static final int DEFAULT_BINS = 60;
    private static final int DEFAULT_POINTS = 9;
    private static final int DEFAULT_PROBES = 20;
    private static final int DEFAULT_STEPS = 60;
    /** Backward error of a full symmetric eigen-solver, per eigenvalue, in units of n·ε·λ_max. */
    private static final double EIGENVALUE_BACKWARD_ULPS = 4;

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(new ParameterSpec("bins", Integer.toString(DEFAULT_BINS), "bins of the density on the log λ axis"),
                new ParameterSpec("sweep", "none", "none, spread (log-normal σ = 0 … 2), scale (y → a·y, a = 1e-3 … 1e3) or both"),
                new ParameterSpec("sweep_points", Integer.toString(DEFAULT_POINTS), "points of each sweep, ≥ 2"),
                new ParameterSpec("probes", Integer.toString(DEFAULT_PROBES), "stochastic Lanczos quadrature: random probes"),
                new ParameterSpec("lanczos_steps", Integer.toString(DEFAULT_STEPS), "stochastic Lanczos quadrature: steps per probe"),
                new ParameterSpec("all_eigenvalues_up_to", Integer.toString(EIGENVALUE_LIMIT),
                        "compute every eigenvalue of S when n is at most this (0: never; then counts or quadrature)"),
                new ParameterSpec("seed", "1", "seed of the sweep's log-normal draws and of the quadrature's probes"));
    }

    @Override
    public AnalysisResult analyze(Experiment experiment, Parameters parameters, Progress progress) {
        int bins = parameters.integer("bins", DEFAULT_BINS, 1, 10_000);
        String sweep = parameters.text("sweep", "none");
        if (!List.of("none", "spread", "scale", "both").contains(sweep)) {
            throw new InvalidInputException(parameters.qualified("sweep"), "must be none, spread, scale or both, got '" + sweep + "'");
        }
        int points = parameters.integer("sweep_points", DEFAULT_POINTS, 2, 1000);
        long seed = parameters.integer("seed", 1);
        SymmetricMatrix kernel = experiment.kernel().matrix();
        Solver solver = experiment.solver();
        List<Training> trainings = experiment.trainings();
        List<Finding> findings = new ArrayList<>();
        List<Series> densities = new ArrayList<>();
        List<EigenvalueDensity> measured = new ArrayList<>();
        progress.begin("spectrum: densities", trainings.size());
        for (Training training : trainings) {
            String suffix = training == experiment.primary() ? "" : "." + training.lossId();
            double[] w = training.weights();
            EigenvalueDensity density = density(solver, kernel, w, training.spectrum(), bins, parameters, seed,
                    parameters.integer("all_eigenvalues_up_to", EIGENVALUE_LIMIT, 0, Integer.MAX_VALUE));
            measured.add(density);
            findings.addAll(SpectrumFindings.perLoss(suffix, training, SpectralMoments.of(kernel, w), density, experiment.solverId()));
            densities.add(new Series(String.format(Locale.ROOT, "%s: λmin = %.4g, λmax = %.4g, κ = %.4g", training.lossId(),
                    training.spectrum().min(), training.spectrum().max(), training.spectrum().conditionNumber()),
                    density.centres(), density.perDecade(kernel.size())));
            progress.worked(1);
        }
        progress.done();
        findings.addAll(SpectrumFindings.isAgainstMse(trainings, measured));
        List<ChartSpec> charts = new ArrayList<>();
        charts.add(new LineChart("density", "Eigenvalue density of S = W^½KW^½ on a log λ axis", "log10 λ",
                "fraction of the eigenvalues per decade", densities, false));
        List<Table> tables = new ArrayList<>(List.of(densityTable(trainings, measured)));
        if (!sweep.equals("none")) {
            progress.begin("spectrum: sweeps", 1);
            SweepFindings.run(sweep, solver, kernel, trainings, experiment.targets(), points, seed, findings, tables, charts);
            progress.done();
        }
        return new AnalysisResult(findings, tables, charts);
    }

    /**
     * The density on bins spanning [λ_min − tol, λ_max + tol] in log10 λ (from λ_max·10⁻¹⁶ when
     * λ_min is not positive): exact counts from the solver, or every eigenvalue, or stochastic
     * Lanczos quadrature, in that order of preference; Var ln λ from every eigenvalue when n is small.
     */
    static EigenvalueDensity density(Solver solver, SymmetricMatrix kernel, double[] w, SpectrumBounds bounds, int bins,
            Parameters parameters, long seed, int eigenvalueLimit) {
        int n = kernel.size();
        double lowest = bounds.min() - bounds.minTolerance();
        double lower = lowest > 0 ? lowest * (1 - 1e-12) : bounds.max() * 1e-16;
        double upper = bounds.maxUpper() * (1 + 1e-12);
        double[] edges = EigenvalueDensity.logEdges(lower, upper, bins);
        double[] shifts = new double[edges.length];
        for (int k = 0; k < shifts.length; k++) {
            shifts[k] = Math.pow(10, edges[k]);
        }
        Optional<long[]> counts = solver.eigenvalueCounts(kernel, w, shifts);
        double[] eigenvalues = n <= eigenvalueLimit ? solver.eigenvalues(kernel, w) : null;
        double eigenvalueError = EIGENVALUE_BACKWARD_ULPS * n * Math.ulp(1.0) * bounds.max();
        if (counts.isPresent()) {
            long[] below = counts.get();
            EigenvalueDensity exact = EigenvalueDensity.fromCounts(edges, below, below[0], n,
                    "exact inertia counts (Sylvester: negative pivots of LDLᵀ of S − σI) at every bin edge, by the solver");
            if (eigenvalues == null) {
                return exact;
            }
            EigenvalueDensity all = EigenvalueDensity.fromEigenvalues(edges, eigenvalues, eigenvalueError, "");
            return new EigenvalueDensity(edges, exact.counts(), exact.stderr(), exact.nonPositive(), all.meanLog(), all.varLog(),
                    all.varLogTolerance(), Coverage.ALL_ENTRIES, exact.method() + "; Var ln λ from all n eigenvalues");
        }
        if (eigenvalues != null) {
            return EigenvalueDensity.fromEigenvalues(edges, eigenvalues, eigenvalueError,
                    "all n eigenvalues by the solver, each within " + EIGENVALUE_BACKWARD_ULPS + "·n·ε·λmax");
        }
        return StochasticLanczos.estimate(solver, kernel, w, edges, parameters.integer("probes", DEFAULT_PROBES, 2, 10_000),
                parameters.integer("lanczos_steps", DEFAULT_STEPS, 2, 10_000), seed);
    }

    /** The {@code density} table: per bin and loss, the bin's edges in log10 λ, its count and the count's standard error. */
    private static Table densityTable(List<Training> trainings, List<EigenvalueDensity> densities) {
        List<String> columns = new ArrayList<>(List.of("bin"));
        for (Training t : trainings) {
            columns.addAll(List.of("log10_lambda_low_" + t.lossId(), "log10_lambda_high_" + t.lossId(), "count_" + t.lossId(),
                    "stderr_" + t.lossId()));
        }
        int bins = densities.get(0).counts().length;
        List<double[]> rows = new ArrayList<>();
        for (int k = 0; k < bins; k++) {
            double[] row = new double[columns.size()];
            row[0] = k;
            for (int l = 0; l < densities.size(); l++) {
                EigenvalueDensity d = densities.get(l);
                row[1 + 4 * l] = d.log10Edges()[k];
                row[2 + 4 * l] = d.log10Edges()[k + 1];
                row[3 + 4 * l] = d.counts()[k];
                row[4 + 4 * l] = d.stderr()[k];
            }
            rows.add(row);
        }
        return new Table("density", columns, rows);
    }
}
