package org.conelab.analyzer.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.conelab.api.ParameterSpec;
import org.conelab.api.Parameters;
import org.conelab.api.analysis.AnalysisResult;
import org.conelab.api.analysis.Analyzer;
import org.conelab.api.analysis.Coverage;
import org.conelab.api.analysis.Experiment;
import org.conelab.api.analysis.Finding;
import org.conelab.api.analysis.Table;
import org.conelab.api.analysis.Training;
import org.conelab.api.analysis.Verdict;
import org.conelab.api.chart.ChartSpec;
import org.conelab.api.matrix.SymmetricMatrix;
import org.conelab.api.progress.Progress;
import org.conelab.api.solver.LinearDynamics;
import org.conelab.api.solver.Solver;
import org.osgi.service.component.annotations.Component;

/**
 * Training itself, for each loss of the pipeline ({@code loss}, then {@code compare}): the error
 * ‖e_t‖ and the loss value against t for the linearised dynamics e_{t+1} = (I − ηKW)e_t (paper,
 * eq. (14)) and for the full gradient descent f_{t+1} = f_t − η·K·∇_f L(f_t) that it linearises.
 *
 * <ul>
 *   <li>{@link LinearTrajectory}: the linearised run by the solver's {@code evolve}, rescaled by
 *       powers of two so that it is exact over any range, with a certificate of growth;</li>
 *   <li>{@link DecayFindings}: the measured decay rate against the correct max_k |1 − ηλ_k| and
 *       against Lemma 2's (1 − ηλ_min⁺), which is wrong when η &gt; 2/(λ_min + λ_max);</li>
 *   <li>{@link NonlinearDescent}: the nonlinear run, stopped (and reported with its step) when it
 *       leaves the loss's domain, becomes non-finite or diverges;</li>
 *   <li>{@link LinearisationStudy}: the gap between the two against the initial perturbation δ,
 *       O(δ²) for a smooth loss;</li>
 *   <li>{@link EtaSweep}: η from 0.1 to 1.5 × 2/λ_max, the onset of divergence found by
 *       bisection.</li>
 * </ul>
 * Findings of the comparison loss carry its id as a suffix ({@code decay_rate.mse}).
 */
@Component(service = Analyzer.class, property = {
    "conelab.id=training",
    "service.ranking:Integer=100",
    "conelab.description=Training: ‖e_t‖ and the loss, linearised and nonlinear; decay rate against max_k |1 − ηλ_k| "
            + "and Lemma 2; η sweep and divergence; linearisation gap against δ"})
public final class TrainingAnalyzer implements Analyzer {

    @Override
    public List<ParameterSpec> parameters() {
        return TrainingSettings.PARAMETERS;
    }

    @Override
    public AnalysisResult analyze(Experiment experiment, Parameters parameters, Progress progress) {
        TrainingSettings settings = TrainingSettings.read(parameters, experiment.steps());
        SymmetricMatrix kernel = experiment.kernel().matrix();
        Solver solver = experiment.solver();
        double[] y = experiment.targets();
        double[] f0 = experiment.initial();
        double[] e0 = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            e0[i] = f0[i] - y[i];
        }
        List<Training> trainings = experiment.trainings();
        List<String> ids = trainings.stream().map(Training::lossId).toList();
        List<Finding> findings = new ArrayList<>();
        List<ChartSpec> errorCharts = new ArrayList<>();
        List<ChartSpec> sweepCharts = new ArrayList<>();
        List<Recording> linear = new ArrayList<>();
        List<Recording> nonlinear = new ArrayList<>();
        List<double[]> rates = new ArrayList<>();
        List<LinearisationStudy> studies = new ArrayList<>();
        List<EtaSweep> sweeps = new ArrayList<>();
        for (Training training : trainings) {
            boolean primary = training == experiment.primary();
            String suffix = primary ? "" : "." + training.lossId();
            progress.begin("training: " + training.lossId(), 3 + (settings.sweep() ? settings.sweepPoints() + 1 : 0));
            double eta = training.eta();
            double[] w = training.weights();
            SpectrumFacts spectrum = SpectrumFacts.of(training, solver, kernel);
            RoundingSlack slack = RoundingSlack.of(kernel, w, eta);
            double rho = spectrum.known() ? spectrum.rho(eta) : Double.NaN;
            double lemma2 = spectrum.minPositiveKnown() ? spectrum.lemma2Rate(eta) : Double.NaN;

            LinearTrajectory run = LinearTrajectory.run(solver, new LinearDynamics(kernel, w, eta), Norms.inverseScale(y), e0,
                    settings.steps(),
                    settings.interval(), rho + spectrum.rhoTolerance(eta), slack, false, progress);
            findings.addAll(DecayFindings.of(suffix, run, spectrum, eta, slack));
            progress.worked(1);

            Recording descent = null;
            if (training.loss() == null) {
                findings.add(Finding.notMeasurable("nonlinear_stop" + suffix, Double.NaN, "step", "no loss given"));
            } else {
                descent = new Recording();
                NonlinearDescent nl = NonlinearDescent.run(new NonlinearDescent(solver, kernel, training.loss(), y, Norms.sqrt(w), eta, e0),
                        settings.steps(), settings.interval(), descent, progress);
                findings.addAll(nonlinearFindings(suffix, nl, descent, run.recording.lateRate()));
            }
            progress.worked(1);

            LinearisationStudy study = LinearisationStudy.run(solver, kernel, training.loss(), y, f0, w, eta, settings.deltas(),
                    settings.steps(), progress);
            findings.addAll(study.findings(suffix));
            studies.add(study);
            progress.worked(1);

            if (settings.sweep()) {
                EtaSweep sweep = EtaSweep.run(solver, kernel, training, spectrum, y, f0, settings.sweepPoints(), settings.sweepSteps(),
                        settings.interval(), progress);
                findings.addAll(sweep.findings(suffix, spectrum));
                sweeps.add(sweep);
                String tail = primary ? "" : "-" + training.lossId();
                sweepCharts.add(TrainingCharts.sweep("sweep" + tail, training.lossId(), sweep, spectrum));
                sweepCharts.add(TrainingCharts.sweepError("sweep-error" + tail, training.lossId(), sweep, spectrum));
            }
            progress.done();
            errorCharts.add(TrainingCharts.error(primary ? "error" : "error-" + training.lossId(), training.lossId(), eta, run.recording,
                    descent, rho, lemma2));
            linear.add(run.recording);
            nonlinear.add(descent);
            rates.add(new double[] {rho, lemma2});
        }
        List<ChartSpec> charts = new ArrayList<>(errorCharts);
        charts.add(TrainingCharts.loss(ids, linear, nonlinear));
        charts.addAll(sweepCharts);
        charts.add(TrainingCharts.linearisation(ids, studies));
        List<Table> tables = new ArrayList<>(List.of(TrainingTables.trajectory(ids, linear, nonlinear, rates),
                TrainingTables.linearisation(ids, studies)));
        if (settings.sweep()) {
            tables.add(TrainingTables.sweep(ids, sweeps));
        }
        return new AnalysisResult(findings, tables, charts);
    }

    /** @return {@code nonlinear_stop} and {@code nonlinear_rate} */
    private static List<Finding> nonlinearFindings(String suffix, NonlinearDescent nl, Recording r, double linearRate) {
        List<Finding> findings = new ArrayList<>();
        boolean stopped = nl.stop() != NonlinearDescent.Stop.NONE;
        boolean failed = nl.stop().failed();
        findings.add(new Finding("nonlinear_stop" + suffix, stopped ? nl.stopStep() : Double.NaN, Double.NaN, Double.NaN, "step",
                Verdict.INFO, Coverage.ALL_ENTRIES, stopped ? "the nonlinear run stopped: " + nl.reason()
                        : "the nonlinear run stayed in the loss's domain and finite for all " + nl.step() + " steps"));
        double rate = failed ? Double.NaN : r.lateRate();
        String method = failed ? "the nonlinear run stopped before the end: " + nl.reason()
                : Double.isNaN(rate) ? "fewer than two observed steps, or an exact zero"
                : String.format(Locale.ROOT, "late-step factor of ‖e_t‖_W over steps %d … %d of the nonlinear run (the "
                        + "linearised run's: %.9g); its error cannot fall below the rounding of f = y + e, about ε‖y‖_W",
                        r.step(r.lateStart()), r.lastStep(), linearRate);
        findings.add(new Finding("nonlinear_rate" + suffix, rate, Double.NaN, Double.NaN, "/step", Verdict.INFO, Coverage.ALL_ENTRIES,
                method));
        return findings;
    }
}
