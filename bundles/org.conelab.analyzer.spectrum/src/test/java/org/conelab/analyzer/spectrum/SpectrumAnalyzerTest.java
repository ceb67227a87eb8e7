package org.conelab.analyzer.spectrum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
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
import org.conelab.api.graph.Chain;
import org.conelab.api.kernel.Kernel;
import org.conelab.api.kernel.Locality;
import org.conelab.api.loss.Loss;
import org.conelab.api.matrix.SparseMatrix;
import org.conelab.api.matrix.StencilMatrix;
import org.conelab.api.matrix.SymmetricMatrix;
import org.conelab.api.progress.Progress;
import org.conelab.api.solver.Solver;
import org.conelab.solver.banded.scalar.ScalarBandedSolver;
import org.conelab.solver.dense.DenseSolver;
import org.conelab.solver.iterative.IterativeSolver;
import org.conelab.testsupport.DenseReference;
import org.junit.jupiter.api.Test;

/**
 * The spectrum analyzer against references computed here: the tri-diagonal Toeplitz spectrum
 * λ_k = α + 2β·cos(kπ/(n+1)) for constant targets, a dense eigendecomposition of S built in
 * the test (EJML through test-support) for the density and the variances, and the algebra of
 * the sweeps (κ_IS = κ_MSE for constant targets, κ_IS(D·K₀·D) = κ(K₀), λmax_IS(a·y) = λmax_IS(y)/a²).
 */
class SpectrumAnalyzerTest {

    private final SpectrumAnalyzer analyzer = new SpectrumAnalyzer();

    /** l = y/f − ln(y/f) − 1: curvature 1/y² at f = y. */
    static final Loss IS = new TestLoss(y -> 1 / (y * y));
    /** l = (f − y)²/2: curvature 1. */
    static final Loss MSE = new TestLoss(y -> 1.0);

    record TestLoss(java.util.function.DoubleUnaryOperator curvatureAtTarget) implements Loss {
        @Override public double value(double y, double f) { return 0; }
        @Override public double gradient(double y, double f) { return 0; }
        @Override public double curvature(double y, double f) { return curvatureAtTarget.applyAsDouble(y); }
        @Override public Optional<String> domainViolation(double y, double f) { return Optional.empty(); }
    }

    static Experiment experiment(SymmetricMatrix k, double[] y, Solver solver) {
        Training is = training("is", IS, k, y, solver);
        Training mse = training("mse", MSE, k, y, solver);
        return new Experiment("test", new Chain(k.size()), new Kernel(k, Locality.range(1), Map.of()), y, y, is, Optional.of(mse),
                solver, solver.getClass().getSimpleName(), 10);
    }

    static Training training(String id, Loss loss, SymmetricMatrix k, double[] y, Solver solver) {
        double[] w = Arrays.stream(y).map(v -> loss.curvature(v, v)).toArray();
        var bounds = solver.extremes(k, w);
        return new Training(id, loss, w, 1 / bounds.maxUpper(), 2 / bounds.maxUpper(), bounds);
    }

    static double[] lognormal(int n, double sigma, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        return java.util.stream.IntStream.range(0, n).mapToDouble(i -> Math.exp(sigma * random.nextGaussian())).toArray();
    }

    static Map<String, Finding> byName(AnalysisResult result) {
        Map<String, Finding> map = new java.util.LinkedHashMap<>();
        result.findings().forEach(f -> map.put(f.name(), f));
        return map;
    }

    /** The dense S = W^½KW^½ and its eigenvalues, in the test. */
    static double[] eigenvaluesOfS(SymmetricMatrix k, double[] w) {
        double[][] a = DenseReference.entries(k);
        int n = a.length;
        double[] s = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                s[i * n + j] = Math.sqrt(w[i]) * a[i][j] * Math.sqrt(w[j]);
            }
        }
        return DenseReference.eigenvalues(new org.conelab.api.matrix.DenseMatrix(n, s));
    }

    @Test
    void constantTargetsGiveTheToeplitzSpectrumAndEqualConditioning() {
        int n = 400;
        double[] y = new double[n];
        Arrays.fill(y, 3.0);
        StencilMatrix k = new StencilMatrix(n, new double[] {1.0, 0.4});
        Map<String, Finding> f = byName(analyzer.analyze(experiment(k, y, new ScalarBandedSolver(1)), Parameters.empty(), Progress.NONE));

        double lambdaMin = 1 + 0.8 * Math.cos(n * Math.PI / (n + 1));
        double lambdaMax = 1 + 0.8 * Math.cos(Math.PI / (n + 1));
        assertThat(f.get("lambda_min.mse").measured()).isCloseTo(lambdaMin, within(1e-13));
        assertThat(f.get("lambda_max.mse").measured()).isCloseTo(lambdaMax, within(1e-13));
        assertThat(f.get("lambda_max").measured()).isCloseTo(lambdaMax / 9, within(1e-13));
        assertThat(f.get("condition_number").measured()).isCloseTo(lambdaMax / lambdaMin, within(1e-10 * lambdaMax / lambdaMin));
        // κ_IS = κ_MSE exactly: the claim "IS reduces κ" cannot hold, nor be told from equality
        assertThat(f.get("kappa_ratio").verdict()).isIn(Verdict.FAILS, Verdict.NOT_MEASURABLE);
        assertThat(f.get("lambda_max_ratio").verdict()).isEqualTo(Verdict.HOLDS);
        // Var λ of the Toeplitz spectrum, summed here
        double mean = 0;
        double square = 0;
        for (int j = 1; j <= n; j++) {
            double l = 1 + 0.8 * Math.cos(j * Math.PI / (n + 1));
            mean += l / n;
            square += l * l / n;
        }
        assertThat(f.get("variance.mse").measured()).isCloseTo(square - mean * mean, within(1e-12));
    }

    @Test
    void theDensityCountsMatchTheDenseEigenvaluesBinByBinAndLogVarianceToItsBound() {
        int n = 300;
        double[] y = lognormal(n, 1.0, 7);
        StencilMatrix k = new StencilMatrix(n, new double[] {1.0, 0.4});
        for (Solver solver : List.of(new ScalarBandedSolver(1), new DenseSolver(), new IterativeSolver())) {
            AnalysisResult result = analyzer.analyze(experiment(k, y, solver), new Parameters("spectrum", Map.of("bins", "40")),
                    Progress.NONE);
            Table density = result.tables().get(0);
            double[] w = Arrays.stream(y).map(v -> 1 / (v * v)).toArray();
            double[] reference = eigenvaluesOfS(k, w);
            double[] counts = new double[density.rows().size()];
            double[] edges = new double[density.rows().size() + 1];
            for (int b = 0; b < counts.length; b++) {
                edges[b] = density.rows().get(b)[1];
                edges[b + 1] = density.rows().get(b)[2];
            }
            for (double l : reference) {
                counts[EigenvalueDensity.bin(edges, Math.log10(l))]++;
            }
            for (int b = 0; b < counts.length; b++) {
                assertThat(density.rows().get(b)[3]).as("%s bin %d", solver.getClass().getSimpleName(), b).isEqualTo(counts[b]);
            }
            double m = Arrays.stream(reference).map(Math::log).average().orElseThrow();
            double var = Arrays.stream(reference).map(l -> (Math.log(l) - m) * (Math.log(l) - m)).average().orElseThrow();
            Finding logVariance = byName(result).get("log_variance");
            assertThat(Math.abs(logVariance.measured() - var)).isLessThanOrEqualTo(logVariance.tolerance() + 1e-9 * var);
        }
    }

    @Test
    void stochasticLanczosQuadratureEstimatesTheDensityWithinItsStatedErrors() {
        // a 3-hop ring-like sparse kernel: no exact counts from the iterative solver, quadrature forced
        int n = 600;
        SparseMatrix k = ring(n);
        double[] y = lognormal(n, 0.3, 5);
        Experiment e = experiment(k, y, new IterativeSolver());
        AnalysisResult result = analyzer.analyze(e, new Parameters("spectrum", Map.of("all_eigenvalues_up_to", "0", "probes", "40",
                "bins", "20")), Progress.NONE);
        Finding logVariance = byName(result).get("log_variance");
        assertThat(logVariance.method()).startsWith("Var ln λ; stochastic Lanczos quadrature");
        double[] reference = eigenvaluesOfS(k, Arrays.stream(y).map(v -> 1 / (v * v)).toArray());
        double m = Arrays.stream(reference).map(Math::log).average().orElseThrow();
        double var = Arrays.stream(reference).map(l -> (Math.log(l) - m) * (Math.log(l) - m)).average().orElseThrow();
        // the stated tolerance is two standard errors over the probes: allow 2 of them (4σ)
        assertThat(Math.abs(logVariance.measured() - var)).isLessThanOrEqualTo(2 * logVariance.tolerance());
        Table density = result.tables().get(0);
        double total = density.rows().stream().mapToDouble(r -> r[3]).sum();
        assertThat(total).isCloseTo(n, within(1e-6 * n));
    }

    @Test
    void theSweepsFindWhereIsHelpsAndWhereItHurts() {
        int n = 201;
        StencilMatrix k = new StencilMatrix(n, new double[] {1.0, 0.4});
        double[] y = lognormal(n, 1.0, 3);
        AnalysisResult result = analyzer.analyze(experiment(k, y, new ScalarBandedSolver(1)),
                new Parameters("spectrum", Map.of("sweep", "both", "sweep_points", "5")), Progress.NONE);
        Map<String, Finding> f = byName(result);

        assertThat(f.get("sweep_kappa_ratio_constant_targets").verdict()).isEqualTo(Verdict.HOLDS);
        assertThat(f.get("sweep_kappa_ratio_widest_spread").verdict()).as("κ_IS > κ_MSE with spread").isEqualTo(Verdict.FAILS);
        assertThat(f.get("sweep_kappa_ratio_widest_spread").measured()).isGreaterThan(100);
        assertThat(f.get("sweep_target_scaled_kernel_kappa_deviation").verdict()).isEqualTo(Verdict.HOLDS);
        assertThat(f.get("sweep_kappa_is_scale_variation").verdict()).isEqualTo(Verdict.HOLDS);
        assertThat(f.get("sweep_lambda_max_is_scale_exponent").measured()).isCloseTo(-2, within(1e-6));
        assertThat(f.get("sweep_lambda_max_ratio_crossing").measured()).isBetween(-3.0, 3.0);
        assertThat(result.tables()).extracting(Table::name).contains("sweep-spread", "sweep-scale");
        assertThat(result.charts()).hasSize(3);
    }

    @Test
    void kappaOnGradedTargetsIsRelativelyAccurateWithEverySolver() {
        // targets 1e-3 on nodes 0–9 and 1e3 elsewhere, tri-diagonal β = −0.499: λ_min(S) far below ε·λ_max(S)
        StencilMatrix k = org.conelab.testsupport.GradedProblems.tridiagonal(org.conelab.testsupport.GradedProblems.TRIDIAGONAL_ORDER);
        double[] y = org.conelab.testsupport.GradedProblems.stepTargets(k.size());
        double[] w = Arrays.stream(y).map(v -> 1 / (v * v)).toArray();
        java.math.BigDecimal min = org.conelab.testsupport.PreciseExtremes.smallest(k, w);
        java.math.BigDecimal max = org.conelab.testsupport.PreciseExtremes.largest(k, w);
        double kappa = max.divide(min, java.math.MathContext.DECIMAL128).doubleValue();
        for (Solver solver : List.of(new ScalarBandedSolver(1), new DenseSolver(), new IterativeSolver())) {
            Finding found = byName(analyzer.analyze(experiment(k, y, solver), Parameters.empty(), Progress.NONE)).get("condition_number");
            assertThat(Math.abs(found.measured() - kappa) / kappa).as(solver.getClass().getSimpleName()).isLessThan(1e-8);
            assertThat(Math.abs(found.measured() - kappa)).as("within the stated tolerance").isLessThanOrEqualTo(found.tolerance());
        }
    }

    @Test
    void aBadSweepNamesItsKey() {
        StencilMatrix k = new StencilMatrix(20, new double[] {1.0, 0.4});
        Experiment e = experiment(k, lognormal(20, 0.5, 1), new ScalarBandedSolver(1));
        assertThatThrownBy(() -> analyzer.analyze(e, new Parameters("spectrum", Map.of("sweep", "wide")), Progress.NONE))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("spectrum.sweep");
    }

    /** K_ij = 0.25 for 1 ≤ |i − j| ≤ 3 on a ring, 2 on the diagonal: positive definite (diagonally dominant), CSR. */
    static SparseMatrix ring(int n) {
        int[] rowStart = new int[n + 1];
        int[] columns = new int[7 * n];
        double[] values = new double[7 * n];
        int p = 0;
        for (int i = 0; i < n; i++) {
            int[] neighbours = new int[7];
            for (int d = -3; d <= 3; d++) {
                neighbours[d + 3] = Math.floorMod(i + d, n);
            }
            Arrays.sort(neighbours);
            for (int j : neighbours) {
                columns[p] = j;
                values[p] = j == i ? 2.0 : 0.25;
                p++;
            }
            rowStart[i + 1] = p;
        }
        return new SparseMatrix(n, rowStart, columns, values);
    }
}
