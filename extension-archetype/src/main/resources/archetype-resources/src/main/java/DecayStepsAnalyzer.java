package ${package};

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.conelab.api.InvalidInputException;
import org.conelab.api.ParameterSpec;
import org.conelab.api.Parameters;
import org.conelab.api.analysis.AnalysisResult;
import org.conelab.api.analysis.Analyzer;
import org.conelab.api.analysis.Coverage;
import org.conelab.api.analysis.Experiment;
import org.conelab.api.analysis.Finding;
import org.conelab.api.analysis.Training;
import org.conelab.api.progress.Progress;
import org.osgi.service.component.annotations.Component;

/**
 * How many steps of the linearised dynamics e_{t+1} = (I − ηKW)e_t the slowest mode needs to fall
 * to a fraction q of its size, for each loss of the experiment:
 *
 * <p>t_q = ln q / ln ρ, with ρ = max(|1 − ηλ_min|, |1 − ηλ_max|) the spectral radius of I − ηKW.
 *
 * <p>KW is similar to S = W^½KW^½, so ‖W^½e_t‖ ≤ ρ^t·‖W^½e_0‖ and t_q steps bring any error down to
 * q times its start in that norm. λ_min and λ_max are the solver's (with their error bounds, taken
 * at their worst ends: {@link Training#spectralRadius()}). Where ρ ≥ 1 the dynamics do not decay
 * and the finding is not measurable. The findings are informative: they test no claim.
 *
 * <p>Parameter {@code <id>.fraction}: q in (0, 1), default {@value #DEFAULT_FRACTION}. Stateless,
 * so thread-safe.
 */
@Component(service = Analyzer.class, property = {
    "conelab.id=${id}",
    "service.ranking:Integer=100",
    "conelab.description=steps for the slowest linearised mode to fall to a fraction q: ln q / ln rho(I - eta K W)"})
public final class DecayStepsAnalyzer implements Analyzer {

    static final String FRACTION = "fraction";
    static final double DEFAULT_FRACTION = 0.5;
    static final String UNIT = "steps";

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(new ParameterSpec(FRACTION, String.valueOf(DEFAULT_FRACTION),
                "q in (0, 1): the fraction of its size the slowest mode falls to"));
    }

    @Override
    public AnalysisResult analyze(Experiment experiment, Parameters parameters, Progress progress) {
        double q = parameters.real(FRACTION, DEFAULT_FRACTION);
        if (!(q > 0 && q < 1)) {
            throw new InvalidInputException(parameters.qualified(FRACTION), "must be in (0, 1), got '"
                    + parameters.text(FRACTION, String.valueOf(q)) + "'");
        }
        List<Training> trainings = experiment.trainings();
        progress.begin("decay steps", trainings.size());
        List<Finding> findings = new ArrayList<>();
        for (Training training : trainings) {
            if (progress.isCancelled()) {
                throw new CancellationException("decay steps cancelled");
            }
            findings.add(decaySteps(training, q));
            progress.worked(1);
        }
        progress.done();
        return new AnalysisResult(findings, List.of(), List.of());
    }

    /** @return t_q = ln q / ln ρ for this training, or not measurable where ρ is unknown or ≥ 1 */
    static Finding decaySteps(Training training, double q) {
        String name = "decay_steps_" + training.lossId();
        double rho = training.spectralRadius();
        if (!(rho < 1)) {
            return Finding.notMeasurable(name, Double.NaN, UNIT,
                    "spectral radius of I - eta K W is " + rho + ": the linearised dynamics do not decay");
        }
        return Finding.info(name, Math.log(q) / Math.log(rho), UNIT)
                .measuredBy(Coverage.DERIVED, "ln q / ln rho, rho from the solver's extremes of W^1/2 K W^1/2, q = " + q);
    }
}
