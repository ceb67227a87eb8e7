package org.conelab.benchmarks;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.conelab.api.matrix.StencilMatrix;
import org.conelab.solver.banded.BandedSolver;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The eigenvalue density of a tri-diagonal S = W^½KW^½ (heteroscedastic W) with 200 bins, that
 * is 201 exact counts N(σ) = #{λ &lt; σ} by Sturm sequences (O(n) each), against every
 * eigenvalue by implicit QL on the tri-diagonal S (O(n²), LAPACK {@code dsterf}'s method) and by
 * EJML's dense symmetric eigen decomposition (O(n³)), side by side at n = 2000 where all three run;
 * and the counts alone at n = 10⁶, where only they do. The set-up checks that the counts equal
 * the histogram of the QL eigenvalues at n = 2000 and fails otherwise.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "-Xmx2g"})
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
public class SpectralDensityBenchmark {

    /** 200 bins: 201 edges. */
    static final int EDGES = 201;

    @Param({"2000", "1000000"})
    int n;

    private StencilMatrix kernel;
    private double[] weights;
    private double[] shifts;
    private DMatrixRMaj dense;
    private BandedSolver solver;

    @Setup(Level.Trial)
    public void setUp() {
        kernel = Chains.tridiagonal(n);
        weights = Chains.heteroscedastic(n, 7);
        solver = new BandedSolver(1);
        var bounds = solver.extremes(kernel, weights);
        double lo = Math.log10(bounds.min() - bounds.minTolerance()) - 1e-9;
        double hi = Math.log10(bounds.maxUpper()) + 1e-9;
        shifts = new double[EDGES];
        for (int k = 0; k < EDGES; k++) {
            shifts[k] = Math.pow(10, lo + (hi - lo) * k / (EDGES - 1));
        }
        if (n <= 4096) {
            dense = new DMatrixRMaj(n, n);
            for (int i = 0; i < n; i++) {
                for (int j = Math.max(0, i - 1); j <= Math.min(n - 1, i + 1); j++) {
                    dense.set(i, j, Math.sqrt(weights[i]) * kernel.entry(i, j) * Math.sqrt(weights[j]));
                }
            }
            long[] counts = sturmCounts();
            double[] eigenvalues = qlAllEigenvalues();
            for (int k = 0; k < EDGES; k++) {
                double sigma = shifts[k];
                long below = Arrays.stream(eigenvalues).filter(l -> l < sigma).count();
                if (below != counts[k]) {
                    throw new IllegalStateException("density n=" + n + ": Sturm count " + counts[k] + " at edge " + k
                            + " but the QL eigenvalues put " + below + " below it");
                }
            }
        }
    }

    @Benchmark
    public long[] sturmCounts() {
        return solver.eigenvalueCounts(kernel, weights, shifts).orElseThrow();
    }

    @Benchmark
    public double[] qlAllEigenvalues() {
        if (n > 4096) {
            return new double[0];
        }
        return solver.eigenvalues(kernel, weights);
    }

    @Benchmark
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public double[] ejmlDenseSymmetric() {
        if (dense == null) {
            return new double[0];
        }
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, false, true);
        if (!eig.decompose(dense.copy())) {
            throw new IllegalStateException("EJML eigen decomposition failed");
        }
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = eig.getEigenvalue(i).real;
        }
        return values;
    }
}
