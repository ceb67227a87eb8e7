package org.conelab.analyzer.propagator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.conelab.api.ParameterSpec;
import org.conelab.api.Parameters;
import org.conelab.api.analysis.AnalysisResult;
import org.conelab.api.analysis.Analyzer;
import org.conelab.api.analysis.Experiment;
import org.conelab.api.analysis.Finding;
import org.conelab.api.analysis.Table;
import org.conelab.api.chart.ChartSpec;
import org.conelab.api.graph.Chain;
import org.conelab.api.progress.Progress;
import org.conelab.api.solver.Solver;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The field theory of the paper's §2–§7, computed and tested: the IS action (eq. 1) linearised
 * about a constant target y₀ is a Gaussian field with m² = 1/(2y₀²) (eq. 4) whose propagator
 * solves (−λΔ + m²)G = δ (eq. 5), with the 1-D closed form eq. (6); in the limit y₀ → ∞ (or
 * λ → 0) the paper claims G ~ 1/|x| (eq. 7) and a massless 1-D CFT (§7, eq. 12).
 *
 * <ol>
 *   <li>{@link ConvergenceStudy}: the lattice propagator on a chain and on 2-D and 3-D grids at
 *       several spacings against eq. (6) and its d-dimensional analogues (error, observed
 *       order, fitted correlation length and mass against √(2λ)·y₀ and eq. 4);</li>
 *   <li>{@link LimitSweep}: y₀ up and λ down over decades, and m² = 0, per dimension, with the
 *       shape decided by fit (exponential, linear, logarithmic, power law with exponent);</li>
 *   <li>{@link ActionStudy}: the nonlinear action minimised by Newton on the pipeline's
 *       targets, and its small-signal limit against the Gaussian theory.</li>
 * </ol>
 *
 * <p><b>Solvers.</b> The analyzer solves its own matrices (stencils, CSR grids, Hessian bands),
 * not the pipeline's kernel, so it is bound to every registered {@link Solver} and takes the
 * pipeline's solver where it supports the matrix, else the highest-ranked one that does
 * ({@link SolverChoice}): with the default pipeline the chain and the Hessians go to
 * {@code banded} (Thomas), the grids to {@code iterative} (CG to 1e-12), and every finding
 * names the solver it used.
 */
@Component(service = Analyzer.class, property = {
    "conelab.id=propagator",
    "service.ranking:Integer=100",
    "conelab.description=Propagator of the linearised IS field theory (eqs. 1-7, 12): lattice G vs eq. (6) with order in h,"
            + " fitted length and mass, the limits y0 -> inf and lambda -> 0 in 1-3 D by fit, Newton on the nonlinear action"})
public final class PropagatorAnalyzer implements Analyzer {

    private final SolverChoice solvers = new SolverChoice();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addSolver(Solver solver, Map<String, Object> properties) {
        solvers.add(solver, properties);
    }

    void removeSolver(Solver solver) {
        solvers.remove(solver);
    }

    @Override
    public List<ParameterSpec> parameters() {
        return PropagatorSettings.specs();
    }

    @Override
    public AnalysisResult analyze(Experiment experiment, Parameters parameters, Progress progress) {
        PropagatorSettings settings = PropagatorSettings.of(parameters);
        Solves solves = new Solves(solvers, experiment.solver(), experiment.solverId(), Runtime.getRuntime().maxMemory() / 2);
        List<Finding> findings = new ArrayList<>();
        List<Table> tables = new ArrayList<>();
        List<ChartSpec> charts = new ArrayList<>();
        int dimensions = settings.dimensions().size();
        progress.begin("propagator: lattices, sweeps and the action", 2L * dimensions + 1);

        List<ConvergenceStudy.Result> convergence = new ArrayList<>();
        for (int d : settings.dimensions()) {
            checkCancelled(progress);
            ConvergenceStudy.Result r = ConvergenceStudy.run(d, settings, solves);
            convergence.add(r);
            findings.addAll(PropagatorFindings.convergence(r, settings));
            if (r.unmeasurable() == null) {
                charts.add(PropagatorCharts.profile(r, settings));
            }
            progress.worked(1);
        }
        charts.add(PropagatorCharts.convergence(convergence));
        tables.add(PropagatorTables.convergence(convergence, settings));

        List<LimitSweep.Result> sweeps = new ArrayList<>();
        for (int d : settings.dimensions()) {
            checkCancelled(progress);
            LimitSweep.Result r = LimitSweep.run(d, settings, solves);
            sweeps.add(r);
            findings.addAll(PropagatorFindings.limits(r, settings));
            if (r.unmeasurable() == null) {
                charts.add(PropagatorCharts.limits(r, LimitSweep.Kind.Y0_UP, settings));
                charts.add(PropagatorCharts.limits(r, LimitSweep.Kind.LAMBDA_DOWN, settings));
            }
            progress.worked(1);
        }
        charts.add(PropagatorCharts.lengths(sweeps, settings));
        tables.add(PropagatorTables.limits(sweeps));

        checkCancelled(progress);
        boolean chain = experiment.graph() instanceof Chain;
        double[] targets = experiment.targets();
        ActionStudy.Result action = ActionStudy.run(targets, chain, experiment.graph().description(), settings, solves);
        findings.addAll(PropagatorFindings.action(action, settings, targets.length));
        if (action.unmeasurable() == null) {
            charts.add(PropagatorCharts.action(targets, action.fits()));
            charts.add(PropagatorCharts.residuals(action.fits()));
            tables.add(PropagatorTables.newton(action.fits()));
            tables.add(PropagatorTables.action(targets, action.fits()));
            tables.add(PropagatorTables.actionSummary(action.fits()));
        }
        tables.add(PropagatorTables.response(action));
        progress.worked(1);
        progress.done();
        return new AnalysisResult(findings, tables, charts);
    }

    private static void checkCancelled(Progress progress) {
        if (progress.isCancelled()) {
            throw new CancellationException("propagator analysis cancelled");
        }
    }
}
