package org.conelab.analyzer.training;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.conelab.api.Parameters;
import org.conelab.api.analysis.AnalysisResult;
import org.conelab.api.analysis.Experiment;
import org.conelab.api.analysis.Finding;
import org.conelab.api.analysis.Table;
import org.conelab.api.analysis.Training;
import org.conelab.api.graph.Chain;
import org.conelab.api.kernel.Kernel;
import org.conelab.api.kernel.Locality;
import org.conelab.api.loss.Loss;
import org.conelab.api.matrix.SymmetricMatrix;
import org.conelab.api.progress.Progress;
import org.conelab.api.solver.Solver;
import org.conelab.api.solver.SpectrumBounds;
import org.conelab.loss.is.ItakuraSaitoLoss;
import org.conelab.loss.mse.MeanSquaredErrorLoss;
import org.conelab.solver.banded.scalar.ScalarBandedSolver;
import org.conelab.solver.dense.DenseSolver;
import org.conelab.solver.iterative.IterativeSolver;
import org.conelab.testsupport.DenseReference;

/** Experiments built in the tests, with references computed here, never by the code under test. */
final class Fixtures {

    static final Loss IS = new ItakuraSaitoLoss();
    static final Loss MSE = new MeanSquaredErrorLoss();

    private Fixtures() {
    }

    static Stream<Solver> solvers() {
        return Stream.of(new ScalarBandedSolver(1), new DenseSolver(), new IterativeSolver());
    }

    /** @return y = exp(σz), z standard normal, seeded */
    static double[] lognormal(int n, double sigma, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = Math.exp(sigma * random.nextGaussian());
        }
        return y;
    }

    /** @return f₀ = y·(1 + δu), u uniform on [−1, 1], seeded (the pipeline's rule) */
    static double[] perturbed(double[] y, double delta, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] f = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            f[i] = y[i] * (1 + delta * (2 * random.nextDouble() - 1));
        }
        return f;
    }

    static double[] constant(int n, double value) {
        double[] v = new double[n];
        Arrays.fill(v, value);
        return v;
    }

    /** @return w = 1/y² */
    static double[] isWeights(double[] y) {
        return Arrays.stream(y).map(v -> 1 / (v * v)).toArray();
    }

    /** @return the eigenvalues of S = W^½KW^½ from EJML's dense symmetric QR (test-support), ascending */
    static double[] spectrumOfS(SymmetricMatrix k, double[] w) {
        int n = k.size();
        double[][] s = DenseReference.entries(k);
        org.ejml.data.DMatrixRMaj m = new org.ejml.data.DMatrixRMaj(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                // S_ij = √w_i K_ij √w_j
                m.unsafe_set(i, j, Math.sqrt(w[i]) * s[i][j] * Math.sqrt(w[j]));
            }
        }
        return DenseReference.eigenvalues(m);
    }

    /** @return a training with η = fraction × 2/λ_max and the given exact extremes */
    static Training training(String id, Loss loss, double[] w, double fraction, double min, double max) {
        SpectrumBounds bounds = new SpectrumBounds(min, max, 0, 0);
        double limit = 2 / max;
        return new Training(id, loss, w, fraction * limit, limit, bounds);
    }

    static Experiment experiment(SymmetricMatrix k, double[] y, double[] f0, Training primary, Optional<Training> comparison,
            Solver solver, int steps) {
        return new Experiment("test", new Chain(k.size()), new Kernel(k, Locality.range(k.halfBandwidth()), Map.of()), y, f0, primary,
                comparison, solver, solver.getClass().getSimpleName(), steps);
    }

    static AnalysisResult analyze(Experiment experiment, String... keyValues) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int k = 0; k < keyValues.length; k += 2) {
            values.put(keyValues[k], keyValues[k + 1]);
        }
        return new TrainingAnalyzer().analyze(experiment, new Parameters("training", values), Progress.NONE);
    }

    static Map<String, Finding> byName(AnalysisResult result) {
        Map<String, Finding> map = new LinkedHashMap<>();
        result.findings().forEach(f -> map.put(f.name(), f));
        return map;
    }

    static Table table(AnalysisResult result, String name) {
        return result.tables().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    /** @return the column of a table, by header */
    static double[] column(Table table, String header) {
        int c = table.columns().indexOf(header);
        if (c < 0) {
            throw new AssertionError("no column " + header + " in " + table.columns());
        }
        return table.rows().stream().mapToDouble(row -> row[c]).toArray();
    }

    /** @return the W-norm ‖e‖_W = (Σ w_i e_i²)^½, plainly */
    static double wNorm(double[] w, double[] e) {
        double sum = 0;
        for (int i = 0; i < e.length; i++) {
            sum += w[i] * e[i] * e[i];
        }
        return Math.sqrt(sum);
    }

    static List<String> names(AnalysisResult result) {
        return result.findings().stream().map(Finding::name).toList();
    }
}
