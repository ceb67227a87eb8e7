package org.conelab.analyzer.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.conelab.analyzer.training.Fixtures.analyze;
import static org.conelab.analyzer.training.Fixtures.byName;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import org.conelab.api.Parameters;
import org.conelab.api.analysis.AnalysisResult;
import org.conelab.api.analysis.Experiment;
import org.conelab.api.analysis.Finding;
import org.conelab.api.analysis.Table;
import org.conelab.api.analysis.Training;
import org.conelab.api.analysis.Verdict;
import org.conelab.api.chart.ChartSpec;
import org.conelab.api.matrix.StencilMatrix;
import org.conelab.api.progress.Progress;
import org.conelab.solver.banded.scalar.ScalarBandedSolver;
import org.conelab.testsupport.ToeplitzSpectrum;
import org.junit.jupiter.api.Test;

/** The analyzer's shape: both losses, every table and chart, and the claims it cannot measure. */
class TrainingAnalyzerTest {

    private static final int N = 24;
    private final double[] y = Fixtures.lognormal(N, 1.0, 17);
    private final double[] f0 = Fixtures.perturbed(y, 0.1, 18);
    private final StencilMatrix k = ToeplitzSpectrum.matrix(N, 1.0, 0.4);

    @Test
    void reportsBothLossesWithTablesAndCharts() {
        double[] w = Fixtures.isWeights(y);
        double[] lambda = Fixtures.spectrumOfS(k, w);
        double[] mu = ToeplitzSpectrum.eigenvalues(N, 1.0, 0.4);
        Training is = Fixtures.training("is", Fixtures.IS, w, 0.5, lambda[0], lambda[N - 1]);
        Training mse = Fixtures.training("mse", Fixtures.MSE, Fixtures.constant(N, 1), 0.5, mu[0], mu[N - 1]);
        AnalysisResult result = analyze(Fixtures.experiment(k, y, f0, is, Optional.of(mse), new ScalarBandedSolver(1), 40),
                "sweep_points", "8", "sweep_steps", "200");

        List<String> claims = List.of("stable", "decay_bound", "decay_rate", "lemma2_rate_formula", "lemma2_bound", "lemma2_rate",
                "nonlinear_stop", "nonlinear_rate", "linearisation_order", "linearisation_gap", "linearisation_breakdown",
                "divergence_threshold", "rate_bound_sweep", "lemma2_rate_sweep", "nonlinear_divergence_onset", "nonlinear_beyond_limit");
        assertThat(Fixtures.names(result)).containsAll(claims)
                .containsAll(claims.stream().map(c -> c + ".mse").toList()).hasSize(2 * claims.size());
        assertThat(result.findings()).allSatisfy(f -> {
            assertThat(f.method()).as(f.name()).isNotBlank();
            assertThat(f.verdict() == Verdict.HOLDS || f.verdict() == Verdict.FAILS ? Double.isFinite(f.measured()) : true)
                    .as("%s has a measured value", f.name()).isTrue();
        });
        assertThat(result.tables()).extracting(Table::name).containsExactly("trajectory", "linearisation", "sweep");
        assertThat(result.charts()).extracting(ChartSpec::name)
                .containsExactly("error", "error-mse", "loss", "sweep", "sweep-error", "sweep-mse", "sweep-error-mse", "linearisation");
        Table sweep = Fixtures.table(result, "sweep");
        assertThat(sweep.columns()).contains("linear_rate_is", "linear_rate_mse", "nonlinear_late_max_relative_error_is");
        assertThat(Fixtures.column(sweep, "eta_fraction")).startsWith(0.1).endsWith(1.5);
        DivergenceTest.assertChartsFinite(result);
    }

    @Test
    void withoutASpectrumOrALossNothingHoldsByDefault() {
        // the API 1.0 form of Training: no spectrum, and no loss to take gradients of
        Training unknown = new Training("is", null, Fixtures.isWeights(y), 0.001, 0.002);
        Map<String, Finding> f = byName(analyze(Fixtures.experiment(k, y, f0, unknown, Optional.empty(), new ScalarBandedSolver(1), 30)));

        for (String claim : List.of("decay_bound", "decay_rate", "lemma2_rate_formula", "lemma2_bound", "lemma2_rate",
                "linearisation_order", "nonlinear_stop", "rate_bound_sweep", "lemma2_rate_sweep")) {
            assertThat(f.get(claim).verdict()).as(claim).isEqualTo(Verdict.NOT_MEASURABLE);
            assertThat(f.get(claim).method()).as(claim).isNotBlank();
        }
        assertThat(f.get("decay_rate").method()).contains("no spectrum");
        assertThat(f.get("linearisation_order").method()).contains("no loss");
    }

    @Test
    void aCancelledRunStops() {
        double[] w = Fixtures.isWeights(y);
        double[] lambda = Fixtures.spectrumOfS(k, w);
        Experiment e = Fixtures.experiment(k, y, f0, Fixtures.training("is", Fixtures.IS, w, 0.5, lambda[0], lambda[N - 1]),
                Optional.empty(), new ScalarBandedSolver(1), 40);
        Progress cancelled = new Progress() {
            @Override
            public void begin(String task, long totalUnits) {
            }

            @Override
            public void worked(long units) {
            }

            @Override
            public void done() {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };

        assertThatThrownBy(() -> new TrainingAnalyzer().analyze(e, new Parameters("training", Map.of()), cancelled))
                .isInstanceOf(CancellationException.class);
    }
}
