package org.conelab.analyzer.lightcone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.conelab.api.InvalidInputException;
import org.conelab.api.Parameters;
import org.conelab.api.analysis.AnalysisResult;
import org.conelab.api.analysis.Experiment;
import org.conelab.api.analysis.Finding;
import org.conelab.api.analysis.Table;
import org.conelab.api.analysis.Training;
import org.conelab.api.analysis.Verdict;
import org.conelab.api.chart.HeatMap;
import org.conelab.api.graph.Chain;
import org.conelab.api.kernel.Kernel;
import org.conelab.api.kernel.Locality;
import org.conelab.api.matrix.BandedMatrix;
import org.conelab.api.matrix.SymmetricMatrix;
import org.conelab.api.progress.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LightConeAnalyzerTest {

    /** How close the fitted bound with C_bound comes to the tightest sample, in ln units. */
    private static final double BOUND_TIGHTNESS = 1e-9;

    private final LightConeAnalyzer analyzer = new LightConeAnalyzer();

    /** A random symmetric band matrix of half-bandwidth R with non-zero outermost diagonal. */
    private static BandedMatrix banded(int n, int range, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] diagonals = new double[range + 1][];
        for (int k = 0; k <= range; k++) {
            diagonals[k] = new double[Math.max(n - k, 0)];
            for (int i = 0; i < diagonals[k].length; i++) {
                diagonals[k][i] = k == 0 ? 2.0 + random.nextDouble() : 0.1 + 0.3 * random.nextDouble();
            }
        }
        return new BandedMatrix(n, diagonals);
    }

    private static Experiment experiment(SymmetricMatrix k, Locality locality, double eta, int steps, boolean compare) {
        int n = k.size();
        double[] y = new double[n];
        double[] w = new double[n];
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < n; i++) {
            y[i] = Math.exp(random.nextGaussian());
            w[i] = 1 / (y[i] * y[i]);
        }
        double[] ones = new double[n];
        java.util.Arrays.fill(ones, 1.0);
        // η is given as a fraction of a stable step: 2/g with g a Gershgorin bound on λ_max of each loss
        double gIs = TrustedVerdictsTest.gershgorin(k, w);
        double gMse = TrustedVerdictsTest.gershgorin(k, ones);
        Training is = new Training("is", null, w, eta * 2 / gIs, 2 / gIs);
        Optional<Training> mse = compare ? Optional.of(new Training("mse", null, ones, eta * 2 / gMse, 2 / gMse)) : Optional.empty();
        return new Experiment("test", new Chain(n), new Kernel(k, locality, Map.of()), y, y, is, mse, new PowerSolver(), "power", steps);
    }

    private static Map<String, Finding> byName(AnalysisResult result) {
        Map<String, Finding> map = new java.util.HashMap<>();
        result.findings().forEach(f -> map.put(f.name(), f));
        return map;
    }

    @ParameterizedTest(name = "n={0} R={1} T={2} eta={3}")
    @CsvSource({"101, 1, 40, 0.05", "101, 2, 20, 0.02", "151, 3, 15, 0.01", "64, 1, 31, 0.3", "41, 4, 5, 0.01"})
    void theConeIsExactAndTheFrontMovesAtR(int n, int range, int steps, double eta) {
        Experiment e = experiment(banded(n, range, n + range), Locality.range(range), eta, steps, true);
        Map<String, Finding> f = byName(analyzer.analyze(e, Parameters.empty(), Progress.NONE));

        for (String suffix : List.of("", ".mse")) {
            assertThat(f.get("outside_cone_nonzero" + suffix).measured()).isZero();
            assertThat(f.get("outside_cone_nonzero" + suffix).verdict()).isEqualTo(Verdict.HOLDS);
            assertThat(f.get("front_speed" + suffix).measured()).isEqualTo(range);
            assertThat(f.get("front_speed" + suffix).verdict()).isEqualTo(Verdict.HOLDS);
            assertThat(f.get("front_amplitude_relerr" + suffix).measured()).isLessThan(ExactCone.AMPLITUDE_TOLERANCE);
        }
    }

    @Test
    void aKernelWiderThanItsDeclaredRangeIsCaught() {
        Experiment e = experiment(banded(61, 2, 3), Locality.range(1), 0.05, 10, false);
        AnalysisResult result = analyzer.analyze(e, Parameters.empty(), Progress.NONE);
        Map<String, Finding> f = byName(result);

        assertThat(f.get("outside_cone_nonzero").measured()).isPositive();
        assertThat(f.get("outside_cone_nonzero").verdict()).isEqualTo(Verdict.FAILS);
        assertThat(f.get("front_speed").measured()).isEqualTo(2.0);
        assertThat(f.get("front_speed").verdict()).isEqualTo(Verdict.FAILS);
    }

    @Test
    void theFrontStopsAtTheChainsEndAndTheSpeedFitIgnoresThoseSteps() {
        Experiment e = experiment(banded(21, 1, 9), Locality.range(1), 0.05, 30, false);
        AnalysisResult result = analyzer.analyze(e, new Parameters("lightcone", Map.of("source", "5")), Progress.NONE);

        assertThat(byName(result).get("front_speed").measured()).isEqualTo(1.0);
        double[] last = result.tables().get(0).rows().get(30);
        assertThat(last[2]).as("front at t = 30 is the far end, 15 nodes away").isEqualTo(15);
    }

    @Test
    void theHeatMapLeavesExactZerosBlankAndDrawsTheCone() {
        Experiment e = experiment(banded(101, 1, 1), Locality.range(1), 0.05, 10, false);
        HeatMap map = (HeatMap) analyzer.analyze(e, Parameters.empty(), Progress.NONE).charts().get(0);

        int centre = (map.x().length - 1) / 2;
        assertThat(map.values()[0][centre]).isEqualTo(0.0);
        assertThat(map.values()[0][centre + 1]).isNaN();
        assertThat(map.values()[10][centre + 10]).isFinite();
        assertThat(map.values()[10][centre + 11]).isNaN();
        assertThat(map.overlays()).hasSize(2);
        assertThat(map.floor()).isCloseTo(Math.log10(Double.MIN_NORMAL), org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void theFrontTableHasOneRowPerStepAndColumnsPerLoss() {
        Experiment e = experiment(banded(51, 1, 2), Locality.range(1), 0.05, 12, true);
        var table = analyzer.analyze(e, Parameters.empty(), Progress.NONE).tables().get(0);

        assertThat(table.name()).isEqualTo("front");
        assertThat(table.rows()).hasSize(13);
        List<String> perLoss = List.of("front_", "numeric_front_", "structural_front_", "outside_reachable_", "outside_nonzero_",
                "log10_max_abs_outside_", "log2_norm_");
        List<String> expected = new java.util.ArrayList<>(List.of("t", "cone_radius"));
        for (String loss : List.of("is", "mse")) {
            perLoss.forEach(c -> expected.add(c + loss));
        }
        assertThat(table.columns()).containsExactlyElementsOf(expected);
        assertThat(table.rows().get(12)[2]).isEqualTo(12);
        assertThat(table.rows().get(12)[4]).as("structural front").isEqualTo(12);
    }

    @Test
    void aBadSourceIsRejectedWithItsKey() {
        Experiment local = experiment(banded(11, 1, 2), Locality.range(1), 0.05, 3, false);
        assertThatThrownBy(() -> analyzer.analyze(local, new Parameters("lightcone", Map.of("source", "11")), Progress.NONE))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("lightcone.source: ");
    }

    /** K_ij = exp(−|i − j|/ξ₀), stored to the band where it falls below 1e-16. */
    private static BandedMatrix exponential(int n, double xi0) {
        int range = (int) Math.ceil(xi0 * Math.log(1e16));
        double[][] diagonals = new double[range + 1][];
        for (int k = 0; k <= range; k++) {
            diagonals[k] = new double[Math.max(n - k, 0)];
            java.util.Arrays.fill(diagonals[k], Math.exp(-k / xi0));
        }
        return new BandedMatrix(n, diagonals);
    }

    @Test
    void forADecayingKernelTheLiebRobinsonConstantsAreFittedOnAtAndOnJt() {
        double xi0 = 1.5;
        int n = 301;
        int steps = 30;
        Experiment e = experiment(exponential(n, xi0), Locality.decaying(xi0), 0.05, steps, true);
        AnalysisResult result = analyzer.analyze(e, Parameters.empty(), Progress.NONE);
        Map<String, Finding> f = byName(result);

        // A^t spreads: a positive velocity, well determined; every constant has its error
        for (String suffix : List.of("", ".mse")) {
            assertThat(f.get("lr_velocity_A" + suffix).measured()).as("v of A^t" + suffix).isPositive()
                    .isGreaterThan(3 * f.get("lr_velocity_A_stderr" + suffix).measured());
            for (String name : List.of("lr_xi_A", "lr_logC_A", "lr_xi_J", "lr_logC_J", "lr_fit_rms_A", "lr_fit_rms_J")) {
                assertThat(f.get(name + suffix).measured()).as(name + suffix).isFinite();
                assertThat(f.get(name + suffix).verdict()).isEqualTo(Verdict.INFO);
            }
            assertThat(f.get("lr_xi_A_stderr" + suffix).measured()).isPositive();
            assertThat(f.containsKey("lr_velocity_J" + suffix) || f.containsKey("lr_recession_J" + suffix))
                    .as("J_t's slope, named by its sign" + suffix).isTrue();
        }
        assertThat(f).doesNotContainKeys("lr_velocity", "lr_xi", "lr_velocity_late");

        // definition check: with the fitted ξ, v and C_bound the bound holds on every sample of J_t
        // outside the cone and is reached on one
        var dynamics = new org.conelab.api.solver.LinearDynamics(e.kernel().matrix(), e.primary().weights(), e.primary().eta());
        var columns = new PowerSolver().response(dynamics, n / 2, steps);
        int[] distances = e.graph().distancesFrom(n / 2);
        TailScan scan = TailScan.of(new PowerSolver(), dynamics, columns, distances);
        LiebRobinsonFit fit = scan.response().fit();
        int[] tailFrom = scan.response().tail().front();
        double tightest = Double.NEGATIVE_INFINITY;
        for (int t = 1; t <= steps; t++) {
            for (int i = 0; i < n; i++) {
                double magnitude = Math.abs(columns.at(t, i));
                if (distances[i] > tailFrom[t] && magnitude > 0) {
                    // ln|J_t(i, j)| − ln(C_bound·exp(−(d − v·t)/ξ))
                    double margin = Math.log(magnitude) - fit.logCBound() + (distances[i] - fit.velocity() * t) / fit.xi();
                    tightest = Math.max(tightest, margin);
                }
            }
        }
        assertThat(tightest).isLessThanOrEqualTo(BOUND_TIGHTNESS).isGreaterThan(-BOUND_TIGHTNESS);

        // the table of constants repeats the findings, for all steps and the late half
        Table constants = result.tables().get(1);
        assertThat(constants.name()).isEqualTo("lieb-robinson");
        assertThat(constants.rows()).hasSize(2);
        assertThat(constants.rows().get(1)[0]).isEqualTo(15);
        int v = constants.columns().indexOf("A_is_v");
        assertThat(constants.rows().get(0)[v]).isEqualTo(f.get("lr_velocity_A").measured());
        assertThat(constants.rows().get(0)[constants.columns().indexOf("J_mse_xi_stderr")]).isEqualTo(f.get("lr_xi_J_stderr.mse").measured());

        assertThat(result.tables().get(0).columns()).contains("front_is_1e-12", "front_mse_1e-04", "tail_from_A_is", "tail_from_J_mse");
        double slope = DecayingCone.slope(scan.fronts()[2]);
        String front = slope < 0 ? "front_recession_1e-12" : "front_speed_1e-12";
        assertThat(f.get(front).measured()).isEqualTo(Math.abs(slope)).isNotNegative();
        assertThat(result.charts()).hasSize(4);
        // the fitted J_t contour, on both sides of the source
        assertThat(((HeatMap) result.charts().get(0)).overlays()).hasSize(2);
        // the stored kernel is banded at its truncation range: an exact cone of that slope
        int stored = e.kernel().matrix().halfBandwidth();
        assertThat(f.get("outside_cone_nonzero_stored").measured()).isZero();
        assertThat(f.get("front_speed_stored").measured()).isEqualTo(stored);
    }

    @Test
    void theLiebRobinsonFactorIsNoLongerAKey() {
        assertThat(analyzer.parameters()).extracting(p -> p.name()).containsExactly("source", "width");
    }
}
