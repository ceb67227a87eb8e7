package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.conelab.api.InvalidInputException;
import org.conelab.api.Parameters;
import org.conelab.api.analysis.Experiment;
import org.conelab.api.analysis.Finding;
import org.conelab.api.analysis.Training;
import org.conelab.api.analysis.Verdict;
import org.conelab.api.graph.Chain;
import org.conelab.api.kernel.Kernel;
import org.conelab.api.kernel.Locality;
import org.conelab.api.matrix.BandedMatrix;
import org.conelab.api.progress.Progress;
import org.conelab.api.solver.SpectrumBounds;
import org.junit.jupiter.api.Test;

class DecayStepsAnalyzerTest {

    private static final double TOLERANCE = 1e-12;

    private final DecayStepsAnalyzer analyzer = new DecayStepsAnalyzer();

    @Test
    void halvingTimeIsLnHalfOverLnRho() {
        // λ in [0.5, 2], η = 0.5: ρ = max(|1 − 0.25|, |1 − 1|) = 0.75
        Finding finding = DecayStepsAnalyzer.decaySteps(training("mse", 0.5, 2, 0.5), 0.5);
        assertEquals("decay_steps_mse", finding.name());
        assertEquals(Math.log(0.5) / Math.log(0.75), finding.measured(), TOLERANCE);
        assertEquals(Verdict.INFO, finding.verdict());
    }

    @Test
    void divergingDynamicsAreNotMeasurable() {
        // η = 1.1, λ_max = 2: |1 − 2.2| = 1.2 > 1
        assertEquals(Verdict.NOT_MEASURABLE, DecayStepsAnalyzer.decaySteps(training("is", 0.5, 2, 1.1), 0.5).verdict());
    }

    @Test
    void analyzesEveryTrainingOfAnExperimentAndChecksItsParameter() {
        Experiment experiment = experiment(training("is", 0.5, 2, 0.5), training("mse", 1, 2, 0.5));
        List<Finding> findings = analyzer.analyze(experiment, new Parameters("decay", Map.of("fraction", "0.1")), Progress.NONE)
                .findings();
        assertEquals(2, findings.size());
        assertEquals(Math.log(0.1) / Math.log(0.75), findings.get(0).measured(), TOLERANCE);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> analyzer.analyze(experiment, new Parameters("decay", Map.of("fraction", "1.5")), Progress.NONE));
        assertEquals("decay.fraction", e.subject());
    }

    /** A training whose spectrum of W^½KW^½ is [min, max], exactly. The analyzer reads only η and the spectrum. */
    private static Training training(String lossId, double min, double max, double eta) {
        return new Training(lossId, null, new double[] {1, 1, 1}, eta, 2 / max, new SpectrumBounds(min, max, 0));
    }

    private static Experiment experiment(Training primary, Training comparison) {
        Kernel kernel = new Kernel(new BandedMatrix(3, new double[][] {{1, 1, 1}}), Locality.range(0), Map.of());
        double[] ones = {1, 1, 1};
        // no solver: this analyzer takes the spectra the platform computed for each training
        return new Experiment("test", new Chain(3), kernel, ones, ones, primary, Optional.of(comparison), null, "none", 10);
    }
}
