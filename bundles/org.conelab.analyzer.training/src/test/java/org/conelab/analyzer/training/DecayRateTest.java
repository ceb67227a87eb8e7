package org.conelab.analyzer.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.conelab.analyzer.training.Fixtures.analyze;
import static org.conelab.analyzer.training.Fixtures.byName;

import java.util.Map;
import java.util.Optional;
import org.conelab.api.analysis.AnalysisResult;
import org.conelab.api.analysis.Coverage;
import org.conelab.api.analysis.Finding;
import org.conelab.api.analysis.Table;
import org.conelab.api.analysis.Training;
import org.conelab.api.analysis.Verdict;
import org.conelab.api.matrix.StencilMatrix;
import org.conelab.api.solver.LinearDynamics;
import org.conelab.api.solver.Solver;
import org.conelab.solver.dense.DenseSolver;
import org.conelab.testsupport.ReferenceDynamics;
import org.conelab.testsupport.ToeplitzSpectrum;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The measured decay rate of the linearised run against the correct max_k |1 − ηλ_k| and against
 * Lemma 2's (1 − ηλ_min⁺). References: the tri-diagonal Toeplitz spectrum
 * λ_k = α + 2β·cos(kπ/(n+1)) (W = I), EJML's dense eigenvalues of S for IS weights, and the plain
 * loop e ← e − ηK(w∘e) of test-support.
 */
class DecayRateTest {

    /** The accuracy the issue asks of the measured rate. */
    static final double RATE = 1e-6;
    private static final double ALPHA = 1.0;
    private static final double BETA = 0.4;

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.conelab.analyzer.training.Fixtures#solvers")
    void theRateIsMaxOneMinusEtaLambdaWhereLemmaTwoIsWrong(Solver solver) {
        // η = 0.97 × 2/λ_max > 2/(λ_min + λ_max): the top mode |1 − ηλ_max| = 0.94 decays slower than 1 − ηλ_min = 0.745
        int n = 10;
        double[] lambda = ToeplitzSpectrum.eigenvalues(n, ALPHA, BETA);
        double eta = 0.97 * 2 / lambda[n - 1];
        double rho = 0;
        for (double l : lambda) {
            rho = Math.max(rho, Math.abs(1 - eta * l));
        }
        double paper = 1 - eta * lambda[0];
        assertThat(eta).as("the case must lie where the rates differ").isGreaterThan(2 / (lambda[0] + lambda[n - 1]));
        assertThat(rho - paper).isGreaterThan(0.1);
        double[] y = Fixtures.lognormal(n, 0.5, 3);
        double[] w = Fixtures.constant(n, 1.0);
        Training mse = Fixtures.training("mse", Fixtures.MSE, w, 0.97, lambda[0], lambda[n - 1]);
        StencilMatrix k = ToeplitzSpectrum.matrix(n, ALPHA, BETA);
        AnalysisResult result = analyze(Fixtures.experiment(k, y, Fixtures.perturbed(y, 0.1, 5), mse, Optional.empty(), solver, 300),
                "sweep", "off");
        Map<String, Finding> f = byName(result);

        assertThat(f.get("decay_rate").verdict()).isEqualTo(Verdict.HOLDS);
        assertThat(f.get("decay_rate").measured()).isCloseTo(rho, within(RATE));
        assertThat(f.get("decay_rate").expected()).isCloseTo(rho, within(1e-14));
        assertThat(f.get("decay_rate").coverage()).isEqualTo(Coverage.ALL_ENTRIES);
        assertThat(f.get("decay_bound").verdict()).isEqualTo(Verdict.HOLDS);
        assertThat(f.get("lemma2_rate_formula").verdict()).isEqualTo(Verdict.FAILS);
        assertThat(f.get("lemma2_rate_formula").measured()).isCloseTo(paper, within(1e-14));
        assertThat(f.get("lemma2_rate_formula").method()).contains("2/(λ_min + λ_max)");
        assertThat(f.get("lemma2_rate").verdict()).isEqualTo(Verdict.FAILS);
        assertThat(f.get("lemma2_rate").expected()).isCloseTo(paper, within(1e-14));
        assertThat(f.get("lemma2_bound").verdict()).as("κ = 1 in the W-norm: (1 − ηλ_min)^t is overtaken").isEqualTo(Verdict.FAILS);
        assertThat(f.get("stable").verdict()).isEqualTo(Verdict.HOLDS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.conelab.analyzer.training.Fixtures#solvers")
    void belowTheKinkLemmaTwosRateIsTheCorrectOneForHeteroscedasticIsWeights(Solver solver) {
        int n = 12;
        double[] y = Fixtures.lognormal(n, 0.3, 11);
        double[] w = Fixtures.isWeights(y);
        StencilMatrix k = ToeplitzSpectrum.matrix(n, ALPHA, BETA);
        double[] lambda = Fixtures.spectrumOfS(k, w);
        Training is = Fixtures.training("is", Fixtures.IS, w, 0.5, lambda[0], lambda[n - 1]);
        double rho = Math.max(Math.abs(1 - is.eta() * lambda[0]), Math.abs(1 - is.eta() * lambda[n - 1]));
        Map<String, Finding> f = byName(analyze(Fixtures.experiment(k, y, Fixtures.perturbed(y, 0.05, 2), is, Optional.empty(),
                solver, 600), "sweep", "off"));

        assertThat(f.get("lemma2_rate_formula").verdict()).isEqualTo(Verdict.HOLDS);
        assertThat(f.get("decay_rate").verdict()).isEqualTo(Verdict.HOLDS);
        assertThat(f.get("decay_rate").measured()).isCloseTo(rho, within(RATE));
        assertThat(f.get("lemma2_rate").verdict()).isEqualTo(Verdict.HOLDS);
        assertThat(f.get("lemma2_bound").verdict()).isEqualTo(Verdict.HOLDS);
    }

    @Test
    void theLinearisedTrajectoryIsThePlainLoopsInTheWNormAndTheTwoNorm() {
        int n = 15;
        double[] y = Fixtures.lognormal(n, 1.0, 8);
        double[] w = Fixtures.isWeights(y);
        double[] f0 = Fixtures.perturbed(y, 0.1, 9);
        StencilMatrix k = ToeplitzSpectrum.matrix(n, ALPHA, BETA);
        double[] lambda = Fixtures.spectrumOfS(k, w);
        Training is = Fixtures.training("is", Fixtures.IS, w, 0.8, lambda[0], lambda[n - 1]);
        int steps = 50;
        Table table = Fixtures.table(analyze(Fixtures.experiment(k, y, f0, is, Optional.empty(), new DenseSolver(), steps),
                "sweep", "off", "interval", "5"), "trajectory");

        double[] t = Fixtures.column(table, "t");
        double[] logW = Fixtures.column(table, "linear_log10_error_w_is");
        double[] log2 = Fixtures.column(table, "linear_log10_error_2_is");
        double[] quadratic = Fixtures.column(table, "linear_log10_quadratic_loss_is");
        assertThat(t).containsExactly(0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50);
        double[] e = new double[n];
        for (int i = 0; i < n; i++) {
            e[i] = f0[i] - y[i];
        }
        LinearDynamics d = new LinearDynamics(k, w, is.eta());
        for (int r = 0; r < t.length; r++) {
            double[] et = ReferenceDynamics.evolve(d, e, (int) t[r]);
            double normW = Fixtures.wNorm(w, et);
            assertThat(logW[r]).as("step %s", t[r]).isCloseTo(Math.log10(normW), within(1e-12));
            assertThat(log2[r]).isCloseTo(Math.log10(Fixtures.wNorm(Fixtures.constant(n, 1), et)), within(1e-12));
            assertThat(quadratic[r]).isCloseTo(Math.log10(0.5 * normW * normW), within(1e-12));
        }
    }

    @Test
    void oneSampleDecaysExactlyLikeOneMinusEtaKw() {
        // n = 1: e_t = (1 − ηkw)^t e_0, the rate is |1 − ηkw| at every step
        double kw = 2.0 * 0.25;
        double[] y = {2.0};
        double[] w = Fixtures.isWeights(y);
        Training is = Fixtures.training("is", Fixtures.IS, w, 0.3, kw, kw);
        Map<String, Finding> f = byName(analyze(Fixtures.experiment(new StencilMatrix(1, new double[] {2.0}), y, new double[] {2.2},
                is, Optional.empty(), new DenseSolver(), 20), "sweep", "off"));

        assertThat(f.get("decay_rate").measured()).isCloseTo(1 - 0.3 * 2, within(1e-14));
        assertThat(f.get("decay_rate").verdict()).isEqualTo(Verdict.HOLDS);
        assertThat(f.get("lemma2_rate").verdict()).isEqualTo(Verdict.HOLDS);
    }

    @Test
    void tooFewStepsOrNoErrorIsNotMeasurableNeverHolds() {
        int n = 8;
        double[] y = Fixtures.lognormal(n, 0.5, 1);
        double[] w = Fixtures.constant(n, 1);
        double[] lambda = ToeplitzSpectrum.eigenvalues(n, ALPHA, BETA);
        Training mse = Fixtures.training("mse", Fixtures.MSE, w, 0.5, lambda[0], lambda[n - 1]);
        StencilMatrix k = ToeplitzSpectrum.matrix(n, ALPHA, BETA);

        Map<String, Finding> none = byName(analyze(Fixtures.experiment(k, y, y, mse, Optional.empty(), new DenseSolver(), 20),
                "sweep", "off"));
        Map<String, Finding> zeroSteps = byName(analyze(Fixtures.experiment(k, y, Fixtures.perturbed(y, 0.1, 1), mse, Optional.empty(),
                new DenseSolver(), 0), "sweep", "off"));

        for (String name : new String[] {"decay_rate", "decay_bound", "lemma2_rate", "lemma2_bound", "linearisation_order"}) {
            assertThat(none.get(name).verdict()).as("f₀ = y: %s", name).isEqualTo(Verdict.NOT_MEASURABLE);
        }
        assertThat(none.get("decay_rate").method()).contains("e_0 = 0");
        assertThat(zeroSteps.get("decay_rate").verdict()).isEqualTo(Verdict.NOT_MEASURABLE);
        assertThat(zeroSteps.get("stable").verdict()).isEqualTo(Verdict.NOT_MEASURABLE);
        assertThat(zeroSteps.get("lemma2_rate").verdict()).isEqualTo(Verdict.NOT_MEASURABLE);
    }

    @Test
    void aSingularKernelsNullSpaceNeverDecaysAndLemmaTwoFails() {
        // K = [[1, 1], [1, 1]]: eigenvalues 0 and 2 (W = I); e_0 = (0.1, −0.05) has a null-space component (1, −1)/√2
        org.conelab.api.matrix.DenseMatrix k = new org.conelab.api.matrix.DenseMatrix(2, new double[] {1, 1, 1, 1});
        double[] y = {1.0, 1.0};
        double[] w = {1.0, 1.0};
        // η = 0.4 × 2/λ_max = 0.4
        Training mse = Fixtures.training("mse", Fixtures.MSE, w, 0.4, 0.0, 2.0);
        Map<String, Finding> f = byName(analyze(Fixtures.experiment(k, y, new double[] {1.1, 0.95}, mse, Optional.empty(),
                new DenseSolver(), 40), "sweep", "off"));

        assertThat(f.get("lemma2_rate_formula").verdict()).isEqualTo(Verdict.FAILS);
        assertThat(f.get("lemma2_rate_formula").measured()).as("λ_min⁺ = 2 from every eigenvalue").isCloseTo(1 - 0.4 * 2,
                within(1e-12));
        assertThat(f.get("lemma2_rate_formula").method()).contains("singular");
        assertThat(f.get("lemma2_bound").verdict()).isEqualTo(Verdict.FAILS);
        assertThat(f.get("decay_rate").measured()).isCloseTo(1.0, within(RATE));
        assertThat(f.get("decay_rate").verdict()).isEqualTo(Verdict.HOLDS);
    }
}
