package org.conelab.analyzer.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.conelab.analyzer.training.Fixtures.analyze;
import static org.conelab.analyzer.training.Fixtures.byName;

import java.util.Map;
import java.util.Optional;
import org.conelab.api.analysis.AnalysisResult;
import org.conelab.api.analysis.Finding;
import org.conelab.api.analysis.Table;
import org.conelab.api.analysis.Training;
import org.conelab.api.analysis.Verdict;
import org.conelab.api.matrix.StencilMatrix;
import org.conelab.solver.banded.scalar.ScalarBandedSolver;
import org.conelab.testsupport.ReferenceDynamics;
import org.conelab.testsupport.ToeplitzSpectrum;
import org.junit.jupiter.api.Test;

/**
 * The nonlinear gradient descent against its linearisation. The reference is written here: the
 * IS gradient (f − y)/f² in a plain loop beside the plain linear loop, their gap fitted on a
 * log–log scale.
 */
class LinearisationTest {

    private static final double[] DELTAS = {1e-4, 3e-4, 1e-3, 3e-3, 1e-2};

    @Test
    void theLinearisedAndNonlinearRunsAgreeToSecondOrderInDelta() {
        int n = 30;
        int steps = 40;
        double[] y = Fixtures.lognormal(n, 0.5, 13);
        double[] w = Fixtures.isWeights(y);
        double[] f0 = Fixtures.perturbed(y, 0.1, 14);
        StencilMatrix k = ToeplitzSpectrum.matrix(n, 1.0, 0.4);
        double[] lambda = Fixtures.spectrumOfS(k, w);
        Training is = Fixtures.training("is", Fixtures.IS, w, 0.5, lambda[0], lambda[n - 1]);
        AnalysisResult result = analyze(Fixtures.experiment(k, y, f0, is, Optional.empty(), new ScalarBandedSolver(1), steps),
                "sweep", "off", "deltas", "1e-4, 3e-4, 1e-3, 3e-3, 1e-2, 0.1, 0.5");
        Map<String, Finding> f = byName(result);

        // the reference: e₀(δ) = δ·(f₀ − y)/max_i |f₀,i/y_i − 1|, both dynamics by plain loops
        double own = 0;
        for (int i = 0; i < n; i++) {
            own = Math.max(own, Math.abs(f0[i] / y[i] - 1));
        }
        double[] x = new double[DELTAS.length];
        double[] gap = new double[DELTAS.length];
        for (int d = 0; d < DELTAS.length; d++) {
            double[] lin = new double[n];
            double[] fnl = new double[n];
            for (int i = 0; i < n; i++) {
                lin[i] = DELTAS[d] * (f0[i] - y[i]) / own;
                fnl[i] = y[i] + lin[i];
            }
            double max = 0;
            for (int t = 0; t <= steps; t++) {
                double[] diff = new double[n];
                for (int i = 0; i < n; i++) {
                    diff[i] = lin[i] - (fnl[i] - y[i]);
                }
                max = Math.max(max, Fixtures.wNorm(w, diff));
                double[] klin = ReferenceDynamics.product(k, w, lin);
                double[] g = new double[n];
                for (int i = 0; i < n; i++) {
                    // the IS gradient ∂l/∂f = (f − y)/f²
                    g[i] = (fnl[i] - y[i]) / (fnl[i] * fnl[i]);
                }
                double[] kg = ReferenceDynamics.times(k, g);
                for (int i = 0; i < n; i++) {
                    lin[i] -= is.eta() * klin[i];
                    fnl[i] -= is.eta() * kg[i];
                }
            }
            x[d] = Math.log10(DELTAS[d]);
            gap[d] = Math.log10(max);
        }
        double slope = LinearisationStudy.slope(x, gap);
        assertThat(slope).as("the test's own log-log fit").isCloseTo(2.0, within(0.05));

        Finding order = f.get("linearisation_order");
        assertThat(order.verdict()).isEqualTo(Verdict.HOLDS);
        assertThat(order.measured()).isCloseTo(slope, within(1e-3));
        Table table = Fixtures.table(result, "linearisation");
        double[] delta = Fixtures.column(table, "delta");
        double[] measured = Fixtures.column(table, "log10_gap_is");
        for (int d = 0; d < DELTAS.length; d++) {
            int row = indexOf(delta, DELTAS[d]);
            assertThat(measured[row]).as("δ = %s", DELTAS[d]).isCloseTo(gap[d], within(1e-6));
        }
        double[] own1 = Fixtures.column(table, "run_perturbation_is");
        assertThat(own1[indexOf(delta, own)]).isEqualTo(1.0);
        assertThat(f.get("linearisation_gap").measured()).isPositive().isLessThan(0.1);
        assertThat(f.get("linearisation_breakdown").measured()).as("10%% relative gap: between 0.1 and 0.5").isEqualTo(0.5);
    }

    @Test
    void aLossWithALinearGradientHasNoSecondOrderTermToMeasure() {
        int n = 12;
        double[] y = Fixtures.lognormal(n, 0.5, 2);
        double[] w = Fixtures.constant(n, 1.0);
        double[] lambda = ToeplitzSpectrum.eigenvalues(n, 1.0, 0.4);
        Training mse = Fixtures.training("mse", Fixtures.MSE, w, 0.5, lambda[0], lambda[n - 1]);
        Map<String, Finding> f = byName(analyze(Fixtures.experiment(ToeplitzSpectrum.matrix(n, 1.0, 0.4), y,
                Fixtures.perturbed(y, 0.1, 3), mse, Optional.empty(), new ScalarBandedSolver(1), 40), "sweep", "off"));

        assertThat(f.get("linearisation_order").verdict()).isEqualTo(Verdict.NOT_MEASURABLE);
        assertThat(f.get("linearisation_order").method()).contains("coincide to rounding");
        assertThat(f.get("linearisation_gap").measured()).isLessThan(1e-12);
    }

    @Test
    void leavingTheDomainStopsTheTrajectoryAtTheStepThePlainLoopFinds() {
        // IS at 3 × 2/λ_max from a 50% perturbation: some prediction is driven to f ≤ 0
        int n = 20;
        double[] y = Fixtures.lognormal(n, 1.0, 31);
        double[] w = Fixtures.isWeights(y);
        double[] f0 = Fixtures.perturbed(y, 0.5, 32);
        StencilMatrix k = ToeplitzSpectrum.matrix(n, 1.0, 0.4);
        double[] lambda = Fixtures.spectrumOfS(k, w);
        Training is = Fixtures.training("is", Fixtures.IS, w, 3.0, lambda[0], lambda[n - 1]);
        int steps = 200;
        int exit = -1;
        double[] f = f0.clone();
        for (int t = 0; t <= steps && exit < 0; t++) {
            for (int i = 0; i < n; i++) {
                if (!(f[i] > 0)) {
                    exit = t;
                }
            }
            double[] g = new double[n];
            for (int i = 0; i < n; i++) {
                g[i] = (f[i] - y[i]) / (f[i] * f[i]);
            }
            double[] kg = ReferenceDynamics.times(k, g);
            for (int i = 0; i < n; i++) {
                f[i] -= is.eta() * kg[i];
            }
        }
        assertThat(exit).as("the case must leave the domain").isPositive();

        AnalysisResult result = analyze(Fixtures.experiment(k, y, f0, is, Optional.empty(), new ScalarBandedSolver(1), steps), "sweep",
                "off");
        Finding stop = byName(result).get("nonlinear_stop");
        assertThat(stop.measured()).isEqualTo(exit);
        assertThat(stop.method()).contains("left the loss's domain at step " + exit);
        double[] nonlinear = Fixtures.column(Fixtures.table(result, "trajectory"), "nonlinear_log10_error_w_is");
        assertThat(nonlinear).hasSize(steps + 1);
        for (int t = 0; t <= steps; t++) {
            assertThat(Double.isNaN(nonlinear[t])).as("step %d: recorded while in the domain, empty after", t).isEqualTo(t >= exit);
        }
        DivergenceTest.assertChartsFinite(result);
    }

    private static int indexOf(double[] values, double value) {
        for (int k = 0; k < values.length; k++) {
            if (values[k] == value) {
                return k;
            }
        }
        throw new AssertionError(value + " not in the table");
    }
}
