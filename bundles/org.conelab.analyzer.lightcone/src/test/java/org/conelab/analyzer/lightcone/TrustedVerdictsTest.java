package org.conelab.analyzer.lightcone;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.conelab.api.Parameters;
import org.conelab.api.analysis.AnalysisResult;
import org.conelab.api.analysis.Coverage;
import org.conelab.api.analysis.Experiment;
import org.conelab.api.analysis.Finding;
import org.conelab.api.analysis.Training;
import org.conelab.api.analysis.Verdict;
import org.conelab.api.chart.HeatMap;
import org.conelab.api.graph.Chain;
import org.conelab.api.kernel.Kernel;
import org.conelab.api.kernel.Locality;
import org.conelab.api.matrix.BandedMatrix;
import org.conelab.api.matrix.StencilMatrix;
import org.conelab.api.matrix.SymmetricMatrix;
import org.conelab.api.progress.Progress;
import org.conelab.api.solver.Solver;
import org.conelab.api.solver.SpectrumBounds;
import org.conelab.solver.banded.scalar.ScalarBandedSolver;
import org.conelab.solver.dense.DenseSolver;
import org.conelab.solver.iterative.IterativeSolver;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The light cone's verdicts do not depend on the floating-point range nor on the solver: entries
 * below 1e-308 still make the front, a diverging run is reported as such with nothing holding,
 * and a kernel that leaks one tiny entry beyond its declared range fails with every solver.
 * References are computed here: the front's magnitude in log space, and the spectral radius
 * from the tri-diagonal Toeplitz closed form λ_k = α + 2β·cos(kπ/(n+1)).
 */
class TrustedVerdictsTest {

    private final LightConeAnalyzer analyzer = new LightConeAnalyzer();

    static Stream<Solver> solvers() {
        return Stream.of(new ScalarBandedSolver(1), new DenseSolver(), new IterativeSolver(), new PowerSolver());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("solvers")
    void entriesBelowTheDoubleRangeStillMakeTheFrontOfLengthOneEveryStep(Solver solver) {
        // the case: n = 1001, source 500, 300 steps, IS weights of log-normal targets (σ = 1)
        int n = 1001;
        int steps = 300;
        double[] y = lognormal(n, 7);
        double[] w = isWeights(y);
        StencilMatrix k = new StencilMatrix(n, new double[] {1.0, 0.4});
        double eta = 1 / gershgorin(k, w);
        AnalysisResult result = analyzer.analyze(experiment(k, Locality.range(1), y, w, eta, steps, solver),
                new Parameters("lightcone", Map.of("source", "500")), Progress.NONE);
        Map<String, Finding> f = byName(result);

        // the reference: log10 of the exact edge entry Π η·β·w_{j+m}, summed in log space
        double log10Edge = 0;
        for (int m = 0; m < steps; m++) {
            log10Edge += Math.log10(eta * 0.4 * w[500 + m]);
        }
        assertThat(log10Edge).as("the test needs an edge below the double range").isLessThan(-400);
        assertThat(f.get("front_speed").measured()).isEqualTo(1.0);
        assertThat(f.get("front_speed").verdict()).isEqualTo(Verdict.HOLDS);
        assertThat(f.get("outside_cone_nonzero").verdict()).isEqualTo(Verdict.HOLDS);
        assertThat(f.get("underflow_step").measured()).isBetween(1.0, (double) steps);
        assertThat(f.get("numeric_front_speed").measured()).as("doubles lose the front").isLessThan(0.9);
        assertThat(f.get("front_amplitude_relerr").verdict()).isEqualTo(Verdict.HOLDS);
        assertThat(f.get("solver_agreement").verdict()).isEqualTo(Verdict.HOLDS);
        HeatMap map = (HeatMap) result.charts().get(0);
        assertThat(Arrays.stream(map.values()).flatMapToDouble(Arrays::stream).filter(v -> v < map.floor()).count())
                .as("cells below 1e-308 drawn as their own class").isPositive();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("solvers")
    void gradedTargetsDoNotSlowTheFront(Solver solver) {
        // targets 1e-3 on nodes 0–9 and 1e3 elsewhere, n = 101, 40 steps: IS weights 1e6 and 1e-6
        int n = 101;
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = i < 10 ? 1e-3 : 1e3;
        }
        double[] w = isWeights(y);
        StencilMatrix k = new StencilMatrix(n, new double[] {1.0, 0.4});
        AnalysisResult result = analyzer.analyze(experiment(k, Locality.range(1), y, w, 1 / gershgorin(k, w), 40, solver),
                Parameters.empty(), Progress.NONE);
        Map<String, Finding> f = byName(result);

        assertThat(f.get("front_speed").measured()).isEqualTo(1.0);
        assertThat(f.get("front_speed").verdict()).isEqualTo(Verdict.HOLDS);
        assertThat(f.get("underflow_step").measured()).isPositive();
        assertThat(f.get("stable").verdict()).isEqualTo(Verdict.HOLDS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("solvers")
    void aKernelThatLeaksOneEntryOf1e300BeyondItsRangeFailsWithEverySolver(Solver solver) {
        int n = 61;
        int source = 30;
        // tri-diagonal as declared (R = 1), but storing K(30, 32) = 1e-300 at distance R + 1
        double[][] diagonals = {new double[n], new double[n - 1], new double[n - 2]};
        Arrays.fill(diagonals[0], 1.0);
        Arrays.fill(diagonals[1], 0.4);
        diagonals[2][source] = 1e-300;
        BandedMatrix k = new BandedMatrix(n, diagonals);
        double[] y = lognormal(n, 3);
        double[] w = isWeights(y);
        Map<String, Finding> f = byName(analyzer.analyze(experiment(k, Locality.range(1), y, w, 1 / gershgorin(k, w), 10, solver),
                Parameters.empty(), Progress.NONE));

        assertThat(f.get("outside_cone_nonzero").verdict()).isEqualTo(Verdict.FAILS);
        assertThat(f.get("outside_cone_nonzero").measured()).isPositive();
        assertThat(f.get("kernel_reach").verdict()).isEqualTo(Verdict.FAILS);
        assertThat(f.get("kernel_reach").coverage()).isEqualTo(Coverage.ALL_ENTRIES);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("solvers")
    void aDivergingRunIsReportedWithItsStepAndNothingHolds(Solver solver) {
        // MSE weights (W = I): S = K, λ_k = α + 2β·cos(kπ/(n+1)); η = 5 gives ρ = max |1 − ηλ_k| ≈ 8
        int n = 201;
        double alpha = 1.0;
        double beta = 0.4;
        double eta = 5;
        double rho = 0;
        for (int j = 1; j <= n; j++) {
            rho = Math.max(rho, Math.abs(1 - eta * (alpha + 2 * beta * Math.cos(j * Math.PI / (n + 1)))));
        }
        double[] w = new double[n];
        Arrays.fill(w, 1.0);
        StencilMatrix k = new StencilMatrix(n, new double[] {alpha, beta});
        SpectrumBounds bounds = new SpectrumBounds(alpha - 2 * beta, alpha + 2 * beta, 0);
        Training mse = new Training("mse", null, w, eta, 2 / bounds.max(), bounds);
        Experiment e = new Experiment("test", new Chain(n), new Kernel(k, Locality.range(1), Map.of()), w, w, mse,
                Optional.empty(), solver, solver.getClass().getSimpleName(), 150);
        Map<String, Finding> f = byName(analyzer.analyze(e, Parameters.empty(), Progress.NONE));

        Finding diverged = f.get("diverged");
        assertThat(diverged.verdict()).isEqualTo(Verdict.FAILS);
        assertThat(diverged.method()).contains("at step 1;");
        assertThat(diverged.expected()).isCloseTo(rho, org.assertj.core.data.Offset.offset(1e-2));
        // ‖x_{t+1}‖ ≤ ρ‖x_t‖ for symmetric step matrices, and the top mode takes over
        assertThat(diverged.measured()).isLessThanOrEqualTo(rho * (1 + 1e-12)).isGreaterThan(0.95 * rho);
        assertThat(f.values()).noneMatch(finding -> finding.verdict() == Verdict.HOLDS);
        assertThat(f.get("front_speed").verdict()).isEqualTo(Verdict.NOT_MEASURABLE);
        assertThat(f.get("outside_cone_nonzero").verdict()).isEqualTo(Verdict.NOT_MEASURABLE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("solvers")
    void aStableRunStaysWithinTheBoundOfLemmaTwo(Solver solver) {
        int n = 101;
        double[] y = lognormal(n, 11);
        double[] w = isWeights(y);
        StencilMatrix k = new StencilMatrix(n, new double[] {1.0, 0.4});
        Map<String, Finding> f = byName(analyzer.analyze(experiment(k, Locality.range(1), y, w, 1 / gershgorin(k, w), 60, solver),
                Parameters.empty(), Progress.NONE));

        assertThat(f.get("stable").verdict()).isEqualTo(Verdict.HOLDS);
        assertThat(f.get("stable").measured()).isLessThanOrEqualTo(1.0).isPositive();
        assertThat(f).doesNotContainKey("diverged");
    }

    // ---- fixtures ----

    private static Experiment experiment(SymmetricMatrix k, Locality locality, double[] y, double[] w, double eta, int steps,
            Solver solver) {
        double g = gershgorin(k, w);
        Training is = new Training("is", null, w, eta, 2 / g, new SpectrumBounds(0, g, 0, g));
        return new Experiment("test", new Chain(k.size()), new Kernel(k, locality, Map.of()), y, y, is, Optional.empty(), solver,
                solver.getClass().getSimpleName(), steps);
    }

    /** @return an upper bound on λ_max(W^½KW^½): the largest Gershgorin radius of KW (same spectrum) */
    static double gershgorin(SymmetricMatrix k, double[] w) {
        double max = 0;
        for (int i = 0; i < k.size(); i++) {
            double row = 0;
            for (int j = Math.max(0, i - k.halfBandwidth()); j <= Math.min(k.size() - 1, i + k.halfBandwidth()); j++) {
                row += Math.abs(k.entry(i, j)) * w[j];
            }
            max = Math.max(max, row);
        }
        return max;
    }

    static double[] lognormal(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = Math.exp(random.nextGaussian());
        }
        return y;
    }

    static double[] isWeights(double[] y) {
        return Arrays.stream(y).map(v -> 1 / (v * v)).toArray();
    }

    private static Map<String, Finding> byName(AnalysisResult result) {
        Map<String, Finding> map = new java.util.LinkedHashMap<>();
        result.findings().forEach(f -> map.put(f.name(), f));
        return map;
    }

    static List<String> names(AnalysisResult result) {
        return result.findings().stream().map(Finding::name).toList();
    }
}
