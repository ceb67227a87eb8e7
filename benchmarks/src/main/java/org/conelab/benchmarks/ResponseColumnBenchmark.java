package org.conelab.benchmarks;

import java.util.concurrent.TimeUnit;
import org.conelab.api.solver.LinearDynamics;
import org.conelab.api.solver.ResponseColumns;
import org.conelab.solver.banded.BandedSolver;
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
 * One response column J_t·e_j, t = 0 … 1000, of the tri-diagonal kernel with heteroscedastic
 * weights, source in the middle, at n = 10⁴ and n = 10⁷: the light-cone window makes the cost
 * independent of n. Target: n = 10⁷ within 1.5× of n = 10⁴.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "-Xmx4g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ResponseColumnBenchmark {

    static final int STEPS = 1000;

    @Param({"10000", "10000000"})
    public int n;

    private LinearDynamics dynamics;
    private BandedSolver solver;

    @Setup(Level.Trial)
    public void setUp() {
        double[] weights = Chains.heteroscedastic(n, 6);
        dynamics = new LinearDynamics(Chains.tridiagonal(n), weights, Chains.stableEta(weights));
        solver = new BandedSolver(1);
    }

    @Benchmark
    public ResponseColumns response() {
        return solver.response(dynamics, n / 2, STEPS);
    }
}
