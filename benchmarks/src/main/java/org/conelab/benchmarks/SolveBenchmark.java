package org.conelab.benchmarks;

import java.util.concurrent.TimeUnit;
import org.conelab.api.matrix.StencilMatrix;
import org.conelab.solver.banded.BandedSolver;
import org.conelab.testsupport.RandomVectors;
import org.ejml.data.DMatrixRMaj;
import org.ejml.data.DMatrixSparseCSC;
import org.ejml.interfaces.linsol.LinearSolverSparse;
import org.ejml.sparse.FillReducing;
import org.ejml.sparse.csc.factory.LinearSolverFactory_DSCC;
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
 * SPD solve K·x = b for the tri-diagonal kernel (α = 1, β = 0.4), n = 10⁷: the banded solver
 * (Thomas) against EJML's sparse Cholesky (no fill-reducing permutation: a tri-diagonal matrix
 * has no fill), each timing factorisation plus solve, and against the native reference (the same
 * Thomas algorithm in C, {@link NativeReference}, returning a new array as the solver does).
 * Targets: ≥ 3× EJML, within 1.2× of the native reference.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "-Xmx8g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class SolveBenchmark {

    static final int N = 10_000_000;

    private StencilMatrix kernel;
    private double[] rhs;
    private DMatrixSparseCSC sparse;
    private DMatrixRMaj b;
    private BandedSolver solver;

    @Setup(Level.Trial)
    public void setUp() {
        kernel = Chains.tridiagonal(N);
        rhs = RandomVectors.gaussian(N, 8);
        sparse = Chains.kernelCsc(N);
        b = DMatrixRMaj.wrap(N, 1, rhs.clone());
        solver = new BandedSolver(1);
        Machine.print("n=" + N + " Thomas", solver, kernel);
        double[] thomas = bandedThomas();
        Agreement.require("solve n=1e7: Thomas vs EJML sparse Cholesky", thomas, ejmlSparseCholesky().data, 1e-12);
        if (NativeReference.available()) {
            Agreement.require("solve n=1e7: Thomas vs native C", thomas, nativeThomas(), 1e-14);
        }
    }

    /** The native reference: the same Thomas algorithm in C. */
    @Benchmark
    public double[] nativeThomas() {
        return NativeReference.thomas(kernel, rhs);
    }

    @Benchmark
    public double[] bandedThomas() {
        return solver.solve(kernel, rhs);
    }

    @Benchmark
    public DMatrixRMaj ejmlSparseCholesky() {
        LinearSolverSparse<DMatrixSparseCSC, DMatrixRMaj> cholesky = LinearSolverFactory_DSCC.cholesky(FillReducing.NONE);
        if (!cholesky.setA(sparse)) {
            throw new IllegalStateException("EJML sparse Cholesky failed");
        }
        DMatrixRMaj x = new DMatrixRMaj(N, 1);
        cholesky.solve(b, x);
        return x;
    }
}
