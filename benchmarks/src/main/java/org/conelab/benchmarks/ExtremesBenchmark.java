package org.conelab.benchmarks;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.conelab.api.matrix.StencilMatrix;
import org.conelab.api.solver.SpectrumBounds;
import org.conelab.solver.banded.BandedSolver;
import org.conelab.testsupport.ToeplitzSpectrum;
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
 * λ_min and λ_max of the tri-diagonal S = W^½KW^½ at n = 10⁶ by Sturm bisection. With W = I
 * ({@code uniform}) the exact extremes α ∓ 2|β|·cos(π/(n+1)) are known: the set-up prints the
 * stated tolerance and the actual error, and fails if the error exceeds the tolerance. With
 * heteroscedastic weights it prints the tolerance. The native reference runs the same bisection
 * on the same Sturm counts in C ({@link NativeReference}); the set-up fails unless both find the
 * same extremes and tolerances. Target: within 1.2× of the native reference.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "-Xmx2g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ExtremesBenchmark {

    static final int N = 1_000_000;

    @Param({"uniform", "heteroscedastic"})
    public String weightsKind;

    private StencilMatrix kernel;
    private double[] weights;
    private BandedSolver solver;

    @Setup(Level.Trial)
    public void setUp() {
        kernel = Chains.tridiagonal(N);
        if (weightsKind.equals("uniform")) {
            weights = new double[N];
            Arrays.fill(weights, 1.0);
        } else {
            weights = Chains.heteroscedastic(N, 9);
        }
        solver = new BandedSolver(1);
        Machine.print("n=" + N + " extremes", solver, kernel);
        SpectrumBounds bounds = sturmExtremes();
        if (NativeReference.available()) {
            double[] c = nativeSturmExtremes();
            double[] java = {bounds.min(), bounds.max(), bounds.minTolerance(), bounds.maxTolerance()};
            Agreement.require("extremes " + weightsKind + ": Bisection on Sturm counts vs native C", java, c, 0.0);
        }
        System.out.printf("# extremes n=%d %s: min=%.17g max=%.17g tolerance=%.3e%n", N, weightsKind, bounds.min(),
                bounds.max(), bounds.tolerance());
        if (weightsKind.equals("uniform")) {
            double error = Math.max(Math.abs(bounds.min() - ToeplitzSpectrum.min(N, Chains.ALPHA, Chains.BETA)),
                    Math.abs(bounds.max() - ToeplitzSpectrum.max(N, Chains.ALPHA, Chains.BETA)));
            System.out.printf("# extremes closed-form error %.3e (stated tolerance %.3e)%n", error, bounds.tolerance());
            if (error > bounds.tolerance()) {
                throw new IllegalStateException("extremes off by " + error + " > stated tolerance " + bounds.tolerance());
            }
        }
    }

    @Benchmark
    public SpectrumBounds sturmExtremes() {
        return solver.extremes(kernel, weights);
    }

    /** The native reference: the same bisection on the same Sturm counts in C. */
    @Benchmark
    public double[] nativeSturmExtremes() {
        return NativeReference.sturmExtremes(kernel, weights);
    }
}
