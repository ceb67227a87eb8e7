package org.conelab.benchmarks;

import java.util.concurrent.TimeUnit;
import org.conelab.api.matrix.BandedMatrix;
import org.conelab.api.solver.LinearDynamics;
import org.conelab.solver.banded.BandedSolver;
import org.conelab.solver.banded.scalar.ScalarBandedSolver;
import org.conelab.solver.banded.core.Tiling;
import org.conelab.testsupport.RandomMatrices;
import org.conelab.testsupport.RandomVectors;
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
 * A banded kernel with R = 4 and heteroscedastic weights, n = 10⁶: the SIMD solver against
 * banded-scalar, both on one thread, for the product y = K·(w∘x) (one pass, memory-bound) and
 * for 32 steps of evolve (temporal blocking, in cache); and evolve on one thread and two against
 * the native reference (the same temporal blocking and tiling in C, {@link NativeReference}).
 * Targets: SIMD ≥ 1.5× scalar, within 1.1× of the native reference.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "-Xmx4g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class BandedR4Benchmark {

    static final int N = 1_000_000;
    static final int R = 4;
    static final int STEPS = 32;

    private BandedMatrix kernel;
    private double[] weights;
    private double[] x;
    private double[] y;
    private double[] error;
    private LinearDynamics dynamics;
    private BandedSolver simd;
    private BandedSolver simdTwo;
    private ScalarBandedSolver scalar;

    @Setup(Level.Trial)
    public void setUp() {
        kernel = RandomMatrices.banded(N, R, 3);
        weights = Chains.heteroscedastic(N, 4);
        x = RandomVectors.gaussian(N, 5);
        y = new double[N];
        error = new double[N];
        double max = 0;
        for (double w : weights) {
            max = Math.max(max, w);
        }
        dynamics = new LinearDynamics(kernel, weights, 1.0 / (4.0 * R * max));
        simd = new BandedSolver(1);
        simdTwo = new BandedSolver(2);
        scalar = new ScalarBandedSolver(1);
        Machine.print("n=" + N + " banded R=" + R, simd, kernel);
        double[] a = new double[N];
        double[] b = new double[N];
        simd.product(kernel, weights, x, a);
        scalar.product(kernel, weights, x, b);
        Agreement.require("R=4 product: SIMD vs scalar", a, b, 1e-13);
        reset();
        simdEvolve();
        a = error.clone();
        reset();
        scalarEvolve();
        Agreement.require("R=4 evolve: SIMD vs scalar", a, error, 1e-12);
        reset();
        simdEvolveTwoThreads();
        Agreement.require("R=4 evolve: SIMD two threads vs one", a, error.clone(), 0.0);
        if (NativeReference.available()) {
            reset();
            nativeEvolve();
            Agreement.require("R=4 evolve: SIMD vs native C, one thread", a, error.clone(), 1e-12);
            reset();
            nativeEvolveTwoThreads();
            Agreement.require("R=4 evolve: SIMD vs native C, two threads", a, error.clone(), 1e-12);
        }
        reset();
    }

    @Setup(Level.Iteration)
    public void reset() {
        System.arraycopy(x, 0, error, 0, N);
    }

    @Benchmark
    public double[] simdProduct() {
        simd.product(kernel, weights, x, y);
        return y;
    }

    @Benchmark
    public double[] scalarProduct() {
        scalar.product(kernel, weights, x, y);
        return y;
    }

    @Benchmark
    public double[] simdEvolve() {
        simd.evolve(dynamics, error, STEPS, STEPS, (t, e) -> true);
        return error;
    }

    @Benchmark
    public double[] simdEvolveTwoThreads() {
        simdTwo.evolve(dynamics, error, STEPS, STEPS, (t, e) -> true);
        return error;
    }

    /** The native reference: the same temporal blocking and tiling in C, one thread. */
    @Benchmark
    public double[] nativeEvolve() {
        Tiling tiling = simd.tiling(kernel);
        NativeReference.evolve(kernel, weights, dynamics.eta(), error, STEPS, tiling.tile(), tiling.blockSteps(), 1);
        return error;
    }

    /** The native reference on two threads (OpenMP). */
    @Benchmark
    public double[] nativeEvolveTwoThreads() {
        Tiling tiling = simdTwo.tiling(kernel);
        NativeReference.evolve(kernel, weights, dynamics.eta(), error, STEPS, tiling.tile(), tiling.blockSteps(), 2);
        return error;
    }

    @Benchmark
    public double[] scalarEvolve() {
        scalar.evolve(dynamics, error, STEPS, STEPS, (t, e) -> true);
        return error;
    }
}
