package org.conelab.benchmarks;

import java.util.concurrent.TimeUnit;
import org.conelab.analyzer.propagator.field.BoxImages;
import org.conelab.analyzer.propagator.field.FreePropagator;
import org.conelab.analyzer.propagator.field.Lattice;
import org.conelab.api.matrix.SymmetricMatrix;
import org.conelab.solver.iterative.IterativeSolver;
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
 * The propagator analyzer's largest case: the 3-D lattice −λΔ_h + m² on a 101³ = 1 030 301-node
 * Dirichlet box (more than 10⁶ nodes), assembled as CSR ({@link Lattice#operator}) and solved
 * for a point source by the iterative solver (Jacobi-CG to ‖r‖ ≤ 1e-12·‖b‖), as the analyzer does.
 * {@code massive}: λ = 1, h = 1, ℓ = 8 (m² = 1/64); {@code massless}: m² = 0, the worst
 * conditioning (κ ≈ 12/(3π²/102²) ≈ 4·10³). The fork runs with {@code -Xmx256m}: the README's
 * memory statement (the state holds one operator and {@code assembleAndSolve} builds a second,
 * so the analyzer's own need is smaller); the set-up prints the storage and the heap in use, and
 * checks the solution (CG's own residual, and for the massive case the closed form
 * exp(−r/ℓ)/(4πλr) with the box's images at r = ℓ and 2ℓ along an axis, to 1%).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m"})
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class PropagatorGridBenchmark {

    /** Half-width in spacings: a side of 2·51 − 1 = 101 nodes. */
    static final int HALF = 51;
    static final double LAMBDA = 1;
    static final double LENGTH = 8;

    @Param({"massive", "massless"})
    public String mass;

    private Lattice lattice;
    private double massSquared;
    private SymmetricMatrix operator;
    private double[] source;
    private IterativeSolver solver;

    @Setup(Level.Trial)
    public void setUp() {
        lattice = new Lattice(3, HALF, 1.0);
        massSquared = mass.equals("massive") ? LAMBDA / (LENGTH * LENGTH) : 0.0;
        solver = new IterativeSolver();
        source = lattice.pointSource();
        operator = assemble();
        double[] u = solve();
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        long live = runtime.totalMemory() - runtime.freeMemory();
        double[] r = new double[u.length];
        operator.apply(u, r);
        double residual = 0;
        double norm = 0;
        for (int i = 0; i < r.length; i++) {
            residual += (r[i] - source[i]) * (r[i] - source[i]);
            norm += source[i] * source[i];
        }
        System.out.printf("# propagator 3-D %s: %d nodes, CSR %.1f MiB, CG's five work vectors %.1f MiB, heap in use after the solve"
                + " (operator, source, solution) %.1f MiB, heap limit %.0f MiB; relative residual %.2e%n", mass, lattice.size(),
                lattice.operatorBytes() / 1048576.0, 5.0 * 8 * lattice.size() / 1048576.0, live / 1048576.0, runtime.maxMemory() / 1048576.0,
                Math.sqrt(residual / norm));
        if (!(Math.sqrt(residual / norm) <= 1.01e-12)) {
            throw new IllegalStateException("CG residual above its 1e-12 contract");
        }
        if (mass.equals("massive")) {
            BoxImages walls = new BoxImages(3, lattice.halfWidth(), Integer.MAX_VALUE);
            for (int k : new int[] {8, 16}) {
                double exact = walls.sum(new double[] {k, 0, 0}, s -> FreePropagator.value(3, s, LAMBDA, LENGTH), 40 * LENGTH);
                double computed = u[lattice.node(k, 0, 0)];
                System.out.printf("# propagator 3-D at r = %d: lattice %.6e, closed form %.6e, relative %.2e%n", k, computed, exact,
                        Math.abs(computed - exact) / exact);
                if (!(Math.abs(computed - exact) <= 1e-2 * exact)) {
                    throw new IllegalStateException("3-D propagator differs from its closed form at r = " + k);
                }
            }
        }
    }

    @Benchmark
    public SymmetricMatrix assemble() {
        return lattice.operator(LAMBDA, massSquared, Long.MAX_VALUE);
    }

    @Benchmark
    public double[] solve() {
        return solver.solve(operator, source);
    }

    @Benchmark
    public double[] assembleAndSolve() {
        return solver.solve(assemble(), source);
    }
}
