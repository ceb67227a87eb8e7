package org.conelab.benchmarks;

import java.util.concurrent.TimeUnit;
import org.conelab.api.matrix.StencilMatrix;
import org.conelab.api.solver.LinearDynamics;
import org.conelab.solver.banded.BandedSolver;
import org.conelab.solver.banded.core.Tiling;
import org.conelab.testsupport.RandomVectors;
import org.ejml.data.DMatrixRMaj;
import org.ejml.data.DMatrixSparseCSC;
import org.ejml.sparse.csc.CommonOps_DSCC;
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
 * Evolution e ← (I − η·K·W)e of the tri-diagonal kernel on a chain of n = 10⁷ nodes, 256 steps,
 * heteroscedastic (IS) weights: the SIMD solver with temporal blocking (two threads and one)
 * against a plain scalar loop (one thread, two passes per step) and against EJML's sparse
 * product with B = I − ηKW in compressed sparse columns, and against the native reference (the
 * same temporal blocking in C, {@link NativeReference}, on one thread and two, with the tiling the
 * Java solver chose). Targets: ≥ 5× the plain loop, ≥ 10× EJML, within 1.1× of the native
 * reference. Each invocation starts from the same e_0 (copied outside the timing).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "-Xmx8g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class EvolveTridiagonalBenchmark {

    static final int N = 10_000_000;
    static final int STEPS = 256;

    private StencilMatrix kernel;
    private double[] weights;
    private double eta;
    private LinearDynamics dynamics;
    private double[] initial;
    private double[] error;
    private double[] scratch;
    private BandedSolver twoThreads;
    private BandedSolver oneThread;
    private DMatrixSparseCSC step;
    private DMatrixRMaj x;
    private DMatrixRMaj y;

    @Setup(Level.Trial)
    public void setUp() {
        kernel = Chains.tridiagonal(N);
        weights = Chains.heteroscedastic(N, 1);
        eta = Chains.stableEta(weights);
        dynamics = new LinearDynamics(kernel, weights, eta);
        initial = RandomVectors.gaussian(N, 2);
        error = new double[N];
        scratch = new double[N];
        twoThreads = new BandedSolver(2);
        oneThread = new BandedSolver(1);
        step = Chains.stepMatrix(N, weights, eta);
        x = new DMatrixRMaj(N, 1);
        y = new DMatrixRMaj(N, 1);
        Machine.print("n=" + N + " tri-diagonal stencil", oneThread, kernel);
        checkAgreement();
    }

    /** All methods compute the same e_T: checked once, loudly. */
    private void checkAgreement() {
        reset();
        bandedTemporalBlockingTwoThreads();
        double[] banded = error.clone();
        reset();
        plainScalarLoop();
        double[] plain = error.clone();
        reset();
        double[] ejml = ejmlSparseProduct().data;
        Agreement.require("evolve: banded vs plain loop", banded, plain, 1e-12);
        Agreement.require("evolve: banded vs EJML CSC", banded, ejml, 1e-12);
        reset();
        bandedTemporalBlockingOneThread();
        Agreement.require("evolve: banded two threads vs one", banded, error.clone(), 0.0);
        if (NativeReference.available()) {
            reset();
            nativeOneThread();
            Agreement.require("evolve: banded vs native C, one thread", banded, error.clone(), 1e-12);
            reset();
            nativeTwoThreads();
            Agreement.require("evolve: banded vs native C, two threads", banded, error.clone(), 1e-12);
        }
    }

    @Setup(Level.Invocation)
    public void reset() {
        System.arraycopy(initial, 0, error, 0, N);
        System.arraycopy(initial, 0, x.data, 0, N);
    }

    @Benchmark
    public double[] bandedTemporalBlockingTwoThreads() {
        twoThreads.evolve(dynamics, error, STEPS, STEPS, (t, e) -> true);
        return error;
    }

    @Benchmark
    public double[] bandedTemporalBlockingOneThread() {
        oneThread.evolve(dynamics, error, STEPS, STEPS, (t, e) -> true);
        return error;
    }

    /** The native reference: the same temporal blocking and tiling in C, one thread. */
    @Benchmark
    public double[] nativeOneThread() {
        Tiling tiling = oneThread.tiling(kernel);
        NativeReference.evolve(kernel, weights, eta, error, STEPS, tiling.tile(), tiling.blockSteps(), 1);
        return error;
    }

    /** The native reference on two threads (OpenMP). */
    @Benchmark
    public double[] nativeTwoThreads() {
        Tiling tiling = twoThreads.tiling(kernel);
        NativeReference.evolve(kernel, weights, eta, error, STEPS, tiling.tile(), tiling.blockSteps(), 2);
        return error;
    }

    /** The plain loop: per step z = η·w∘e, then e ← e − K·z; one thread. */
    @Benchmark
    public double[] plainScalarLoop() {
        double[] e = error;
        double[] z = scratch;
        double c0 = Chains.ALPHA;
        double c1 = Chains.BETA;
        for (int t = 0; t < STEPS; t++) {
            for (int i = 0; i < N; i++) {
                z[i] = eta * weights[i] * e[i];
            }
            e[0] -= c0 * z[0] + c1 * z[1];
            for (int i = 1; i < N - 1; i++) {
                e[i] -= c0 * z[i] + c1 * (z[i - 1] + z[i + 1]);
            }
            e[N - 1] -= c0 * z[N - 1] + c1 * z[N - 2];
        }
        return e;
    }

    /** EJML: 256 sparse products y = B·x with the CSC step matrix. */
    @Benchmark
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public DMatrixRMaj ejmlSparseProduct() {
        DMatrixRMaj in = x;
        DMatrixRMaj out = y;
        for (int t = 0; t < STEPS; t++) {
            CommonOps_DSCC.mult(step, in, out);
            DMatrixRMaj swap = in;
            in = out;
            out = swap;
        }
        return in;
    }
}
