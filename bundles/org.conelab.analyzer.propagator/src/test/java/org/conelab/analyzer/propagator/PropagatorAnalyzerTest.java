package org.conelab.analyzer.propagator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.conelab.api.InvalidInputException;
import org.conelab.api.Parameters;
import org.conelab.api.analysis.AnalysisResult;
import org.conelab.api.analysis.Coverage;
import org.conelab.api.analysis.Finding;
import org.conelab.api.analysis.Verdict;
import org.conelab.api.chart.ChartSpec;
import org.conelab.api.chart.LineChart;
import org.conelab.api.progress.Progress;
import org.conelab.graph.Grid;
import org.conelab.testsupport.TestParameters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The analyzer end to end, with the real solvers, as the pipeline calls it. */
class PropagatorAnalyzerTest {

    private static AnalysisResult defaults;

    private static Map<String, Finding> byName(AnalysisResult result) {
        Map<String, Finding> map = new HashMap<>();
        result.findings().forEach(f -> map.put(f.name(), f));
        return map;
    }

    @BeforeAll
    static void runWithTheDefaults() {
        defaults = Fixtures.analyzer().analyze(Fixtures.chain(Fixtures.lognormal(201, 0.5, 11)), Parameters.empty(), Progress.NONE);
    }

    /** The verdicts the README quotes, from the defaults (λ = 1, y0 = 1). */
    @Test
    void theVerdictsOfTheDefaultRun() {
        Map<String, Finding> f = byName(defaults);
        for (String holds : List.of("eq6_max_relerr_1d", "eq6_order_1d", "eq6_length_1d", "eq4_mass_1d", "closed_form_max_relerr_2d",
                "closed_form_order_2d", "length_2d", "eq4_mass_2d", "closed_form_max_relerr_3d", "closed_form_order_3d", "length_3d",
                "eq4_mass_3d", "length_slope_y0_1d", "length_slope_lambda_1d", "length_slope_y0_2d", "length_slope_lambda_2d",
                "length_slope_y0_3d", "length_slope_lambda_3d", "eq12_massless_1d", "action_residual", "action_gradient_fd",
                "eq4_linear_response", "eq4_response_length")) {
            assertThat(f.get(holds).verdict()).as("%s: %s", holds, f.get(holds).method()).isEqualTo(Verdict.HOLDS);
        }
        for (String fails : List.of("eq7_exponent_1d", "eq7_lambda_limit_1d", "sec7_exponent_1d")) {
            assertThat(f.get(fails).verdict()).as("%s: %s", fails, f.get(fails).method()).isEqualTo(Verdict.FAILS);
        }
        for (String info : List.of("eq7_exponent_2d", "eq7_exponent_3d", "sec7_exponent_2d", "sec7_exponent_3d", "eq7_lambda_limit_2d",
                "eq7_lambda_limit_3d", "newton_order", "newton_min_phi", "newton_modified_steps", "eq3_covariance_ratio")) {
            assertThat(f.get(info).verdict()).as(info).isEqualTo(Verdict.INFO);
        }
        assertThat(defaults.findings()).hasSize(36);
        assertThat(f.get("eq7_exponent_1d").measured()).isBetween(-1.01, -0.99);
        assertThat(f.get("sec7_exponent_2d").measured()).isBetween(-0.15, 0.15);
        assertThat(f.get("sec7_exponent_3d").measured()).isBetween(0.9, 1.1);
        assertThat(f.get("eq6_order_1d").measured()).isBetween(1.95, 2.05);
        assertThat(f.get("eq3_covariance_ratio").measured()).isBetween(0.5 - 1e-12, 0.5 + 1e-12);
        assertThat(f.get("newton_order").measured()).isGreaterThan(1.7);
    }

    @Test
    void everyFindingSaysHowItWasMeasuredAndWithWhichTolerance() {
        for (Finding finding : defaults.findings()) {
            assertThat(finding.method()).as(finding.name()).isNotBlank();
            assertThat(finding.coverage()).as(finding.name()).isNotEqualTo(Coverage.UNSTATED);
            if (finding.verdict() == Verdict.HOLDS || finding.verdict() == Verdict.FAILS) {
                boolean inequality = finding.name().equals("eq7_lambda_limit_1d") || finding.name().equals("action_residual");
                assertThat(Double.isNaN(finding.tolerance()) && !inequality).as("%s has a tolerance", finding.name()).isFalse();
            }
        }
        assertThat(byName(defaults).get("closed_form_order_3d").method()).contains("iterative (the pipeline's banded-scalar does not support CSR");
        assertThat(byName(defaults).get("eq6_order_1d").method()).contains("ratios per halving");
    }

    @Test
    void chartsAndTables() {
        assertThat(defaults.charts()).extracting(ChartSpec::name).containsExactly("profile-1d", "profile-2d", "profile-3d", "convergence",
                "limits-y0-1d", "limits-lambda-1d", "limits-y0-2d", "limits-lambda-2d", "limits-y0-3d", "limits-lambda-3d", "length",
                "action-phi", "newton");
        LineChart convergence = (LineChart) defaults.charts().get(3);
        assertThat(convergence.logX()).isTrue();
        assertThat(convergence.logY()).isTrue();
        assertThat(((LineChart) defaults.charts().get(0)).logY()).isTrue();
        assertThat(defaults.tables()).extracting(t -> t.name()).containsExactly("convergence", "limits", "newton", "action", "action-summary",
                "response");
        assertThat(defaults.tables().get(3).rows()).hasSize(201);
        assertThat(defaults.tables().get(1).rows()).hasSize(3 * (2 * 13 + 1));
    }

    @Test
    void onAGridTheActionIsNotMeasurableButTheRestIs() {
        double[] y = Fixtures.lognormal(25, 0.5, 3);
        AnalysisResult r = Fixtures.analyzer().analyze(Fixtures.experiment(new Grid(5, 5, 4), y, Fixtures.ITERATIVE, "iterative"),
                light("dimensions", "1"), Progress.NONE);
        Map<String, Finding> f = byName(r);
        assertThat(f.get("action_residual").verdict()).isEqualTo(Verdict.NOT_MEASURABLE);
        assertThat(f.get("action_residual").method()).contains("grid(n=25");
        assertThat(f.get("eq6_order_1d").verdict()).isEqualTo(Verdict.HOLDS);
        assertThat(f.get("eq6_order_1d").method()).contains("iterative (the pipeline's solver)");
        assertThat(f.get("eq4_linear_response").verdict()).isEqualTo(Verdict.HOLDS);
        assertThat(r.charts()).extracting(ChartSpec::name).doesNotContain("action-phi");
    }

    @Test
    void withoutASolverForGridsTheirClaimsAreNotMeasurable() {
        PropagatorAnalyzer analyzer = new PropagatorAnalyzer();
        analyzer.addSolver(Fixtures.BANDED, Map.of("conelab.id", "banded-scalar", "service.ranking", 150));
        AnalysisResult r = analyzer.analyze(Fixtures.chain(Fixtures.lognormal(50, 0.5, 3)), light("dimensions", "1,2"), Progress.NONE);
        Map<String, Finding> f = byName(r);
        assertThat(f.get("closed_form_order_2d").verdict()).isEqualTo(Verdict.NOT_MEASURABLE);
        assertThat(f.get("closed_form_order_2d").method()).isEqualTo("no registered solver supports CSR of n = 121");
        assertThat(f.get("eq7_exponent_2d").verdict()).isEqualTo(Verdict.NOT_MEASURABLE);
        assertThat(f.get("eq6_order_1d").verdict()).isEqualTo(Verdict.HOLDS);
        assertThat(r.findings()).noneMatch(x -> x.name().endsWith("_2d") && x.verdict() == Verdict.HOLDS);
    }

    @Test
    void aNodeBudgetTooSmallFor3dLeavesItsOrderNotMeasurable() {
        AnalysisResult r = Fixtures.analyzer().analyze(Fixtures.chain(Fixtures.lognormal(30, 0.5, 3)),
                light("dimensions", "3", "max_nodes", "20000"), Progress.NONE);
        Finding order = byName(r).get("closed_form_order_3d");
        assertThat(order.verdict()).isEqualTo(Verdict.NOT_MEASURABLE);
        assertThat(order.method()).contains("only 2 of the spacings");
    }

    @Test
    void badKeysAndCancellation() {
        PropagatorAnalyzer analyzer = Fixtures.analyzer();
        assertThatThrownBy(() -> analyzer.analyze(Fixtures.chain(new double[] {1, 2, 3}), TestParameters.of("propagator", "y0", "zero"),
                Progress.NONE)).isInstanceOf(InvalidInputException.class).hasMessage("propagator.y0: must be a finite number, got 'zero'");
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
        assertThatThrownBy(() -> analyzer.analyze(Fixtures.chain(new double[] {1, 2, 3}), Parameters.empty(), cancelled))
                .isInstanceOf(CancellationException.class);
        assertThat(analyzer.parameters()).isEqualTo(PropagatorSettings.specs());
    }

    /** Small lattices, for the edge cases. */
    private static Parameters light(String... extra) {
        String[] base = {"sweep.half", "12", "sweep.decades", "2", "sweep.steps", "2"};
        String[] all = new String[base.length + extra.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return TestParameters.of("propagator", all);
    }
}
