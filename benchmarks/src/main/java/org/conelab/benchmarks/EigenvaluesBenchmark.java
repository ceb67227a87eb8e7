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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Every eigenvalue of S = W^½KW^½ for the tri-diagonal kernel with heteroscedastic weights,
 * n = 2000: the banded solver (implicit QL on the tri-diagonal S, O(n²)) against EJML's dense
 * symmetric eigen decomposition (Householder tri-diagonalisation and QR, O(n³)) of the same S.
 * The set-up checks that they agree to 1e-10 relative to ‖S‖ and fails otherwise. Target: ≥ 30×.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "-Xmx2g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class EigenvaluesBenchmark {

    static final int N = 2000;
    /** Agreement required between the two methods, relative to max |λ|. */
    static final double AGREEMENT = 1e-10;

    private StencilMatrix kernel;
    private double[] weights;
    private DMatrixRMaj dense;
    private BandedSolver solver;

    @Setup(Level.Trial)
    public void setUp() {
        kernel = Chains.tridiagonal(N);
        weights = Chains.heteroscedastic(N, 7);
        dense = new DMatrixRMaj(N, N);
        for (int i = 0; i < N; i++) {
            for (int j = Math.max(0, i - 1); j <= Math.min(N - 1, i + 1); j++) {
                // S_ij = √w_i K_ij √w_j
                dense.set(i, j, Math.sqrt(weights[i]) * kernel.entry(i, j) * Math.sqrt(weights[j]));
            }
        }
        solver = new BandedSolver(1);
        double[] banded = bandedQL();
        double[] ejml = ejmlDenseSymmetric();
        Agreement.require("eigenvalues n=2000: banded QL vs EJML dense", banded, ejml, AGREEMENT);
    }

    @Benchmark
    public double[] bandedQL() {
        return solver.eigenvalues(kernel, weights);
    }

    @Benchmark
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public double[] ejmlDenseSymmetric() {
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(N, false, true);
        if (!eig.decompose(dense.copy())) {
            throw new IllegalStateException("EJML eigen decomposition failed");
        }
        double[] values = new double[N];
        for (int i = 0; i < N; i++) {
            values[i] = eig.getEigenvalue(i).real;
        }
        Arrays.sort(values);
        return values;
    }
}
