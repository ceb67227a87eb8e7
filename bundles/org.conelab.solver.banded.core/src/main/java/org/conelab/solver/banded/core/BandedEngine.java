package org.conelab.solver.banded.core;

import java.util.Arrays;
import java.util.Optional;
import java.util.Objects;
import org.conelab.api.matrix.SymmetricMatrix;
import org.conelab.api.solver.LinearDynamics;
import org.conelab.api.solver.ResponseColumns;
import org.conelab.api.solver.SpectrumBounds;
import org.conelab.api.solver.StepObserver;
import org.conelab.numeric.HeapBudget;
import org.conelab.numeric.SolverArguments;
import org.conelab.numeric.TridiagonalQL;

/**
 * Every operation of a banded {@link org.conelab.api.solver.Solver}, for {@code StencilMatrix}
 * and {@code BandedMatrix} of any order n ≥ 1 and any half-bandwidth R (including R ≥ n − 1),
 * with the hot loops supplied as {@link Sweeps}:
 *
 * <ul>
 *   <li>{@link #product} y = K·(w∘x) and {@link #evolve} e ← e − η·K·(w∘e): temporal blocking
 *       ({@link TemporalBlocking}), tiles in parallel on {@code threads} threads for large n;
 *   <li>{@link #response}: J_t·e_j inside the window |i − j| ≤ t·R only ({@link ResponseWindow});
 *   <li>{@link #solve}: {@link TridiagonalThomas} for R ≤ 1, {@link BandedCholesky} otherwise;
 *   <li>{@link #extremes} of S = W^½KW^½: {@link ExtremeBisection} on {@link SturmCount} for R ≤ 1,
 *       on {@link CholeskyDefiniteness} otherwise, O(n·R²) per test and O(n) memory for any n;
 *       λ_min to relative accuracy (see {@link #extremes});
 *   <li>{@link #eigenvalues} of S: {@link TridiagonalQL} for R ≤ 1, after
 *       {@link GivensBandReduction} otherwise — O(n²·R) time, meant for n up to a few
 *       thousand (n = 2000 takes tens of milliseconds).
 * </ul>
 *
 * <p>Arguments are checked by {@link SolverArguments}; before allocating, each operation checks
 * its doubles against the heap limit ({@link HeapBudget}, subject {@code n}). Close the engine
 * to stop its threads; {@link BandedEngineSolver} closes one only when no call uses it.
 */
public final class BandedEngine implements AutoCloseable {

    /** The relative bracket width of the coarse bisection of λ_min(K) behind the relative tolerance. */
    static final double KERNEL_BRACKET = 0.25;
    /** Orders up to which a band wider than tri-diagonal is reduced (O(n²·R)) to count its eigenvalues. */
    public static final int REDUCTION_LIMIT = 4096;

    private final ParallelTiles parallel;
    private final TemporalBlocking blocking;
    private final ResponseWindow window;
    private final HeapBudget memory = HeapBudget.ofRuntime();

    /**
     * @param sweeps the hot loops
     * @param threads threads for evolve and product, ≥ 1
     * @param tiling a fixed tiling (tests), or null for a cache-sized one per matrix
     */
    public BandedEngine(Sweeps sweeps, int threads, Tiling tiling) {
        this.parallel = new ParallelTiles(threads);
        this.blocking = new TemporalBlocking(sweeps, parallel, tiling);
        this.window = new ResponseWindow(sweeps);
    }

    /** @return the threads used by evolve and product */
    public int threads() {
        return parallel.threads();
    }

    /**
     * @param kernel K, stencil or banded
     * @return the temporal-blocking tiling evolve and product use for it: fixed, or from this
     *     machine's caches ({@link Tiling#forMachine})
     */
    public Tiling tiling(SymmetricMatrix kernel) {
        return blocking.tilingFor(Band.of(kernel));
    }

    /** @return whether the matrix is a stencil or banded matrix */
    public boolean supports(SymmetricMatrix matrix) {
        return Band.supports(matrix);
    }

    /**
     * y ← K·(w∘x).
     *
     * @param kernel K, stencil or banded
     * @param weights w, length n, not checked for sign (any real weights)
     * @param x the input, length n, not modified
     * @param y the output, length n, overwritten; must not be x
     */
    public void product(SymmetricMatrix kernel, double[] weights, double[] x, double[] y) {
        Band band = Band.of(kernel);
        int n = band.size();
        SolverArguments.length("weights", weights, n);
        SolverArguments.length("x", x, n);
        SolverArguments.length("y", y, n);
        if (x == y) {
            throw new IllegalArgumentException("product needs distinct input and output arrays");
        }
        blocking.product(band, weights, x, y);
    }

    /** See {@link org.conelab.api.solver.Solver#evolve}. */
    public int evolve(LinearDynamics dynamics, double[] error, int steps, int interval, StepObserver observer) {
        Band band = Band.of(dynamics.kernel());
        int n = band.size();
        SolverArguments.length("error", error, n);
        // the values of the weights are checked by the first block's tiles, in parallel
        SolverArguments.length("weights", dynamics.weights(), n);
        SolverArguments.atLeast("steps", steps, 0);
        SolverArguments.atLeast("interval", interval, 1);
        Objects.requireNonNull(observer, "observer");
        memory.require(n, n, n, "the second state vector of evolve");
        return blocking.evolve(band, dynamics.weights(), dynamics.eta(), error, steps, interval, observer);
    }

    /**
     * See {@link org.conelab.api.solver.Solver#response}: rows beyond t·R of the source are left
     * out, and only the weights within T·R of the source are read and checked, so the cost
     * does not depend on n.
     */
    public ResponseColumns response(LinearDynamics dynamics, int source, int steps) {
        Band band = Band.of(dynamics.kernel());
        int n = band.size();
        SolverArguments.source(source, n);
        SolverArguments.storableSteps(steps);
        // only the weights inside the light cone are read: checking the others would cost O(n)
        long reach = (long) steps * band.bandwidth();
        SolverArguments.weights(dynamics.weights(), n, (int) Math.max(0, source - reach),
                (int) Math.min(n, source + reach + 1));
        double stored = ResponseWindow.storedDoubles(n, band.bandwidth(), steps);
        memory.require(n, stored + 3.0 * Math.min(n, (2.0 * steps + 3) * band.bandwidth() + 1), n,
                "the " + (steps + 1L) + " response columns");
        return window.response(band, dynamics.weights(), dynamics.eta(), source, steps);
    }

    /** See {@link org.conelab.api.solver.Solver#solve}. */
    public double[] solve(SymmetricMatrix matrix, double[] rhs) {
        Band band = Band.of(matrix);
        int n = band.size();
        SolverArguments.length("rhs", rhs, n);
        if (band.bandwidth() <= 1) {
            memory.require(n, 2.0 * n, n, "the pivots and the solution");
            // checks on its way that every entry is finite
            return TridiagonalThomas.solve(band, rhs);
        }
        double factor = BandedCholesky.factorDoubles(n, band.bandwidth());
        memory.require(n, factor + 2.0 * n, factor, "the band Cholesky factor");
        double[] x = BandedCholesky.factor(band).solve(rhs);
        FiniteSolution.require(x);
        return x;
    }

    /** See {@link org.conelab.api.solver.Solver#eigenvalues}. */
    public double[] eigenvalues(SymmetricMatrix kernel, double[] weights) {
        SimilarBand s = similar(kernel, weights);
        int n = s.size();
        if (s.bandwidth() <= 1) {
            memory.require(n, 5.0 * n, n, "the tri-diagonal QL iteration");
            return TridiagonalQL.eigenvalues(s.diagonal(), s.offDiagonal());
        }
        double work = GivensBandReduction.workDoubles(n, s.bandwidth());
        memory.require(n, work + 5.0 * n, work, "the band reduction");
        double[][] tridiagonal = GivensBandReduction.tridiagonal(s);
        return TridiagonalQL.eigenvalues(tridiagonal[0], tridiagonal[1]);
    }

    /**
     * See {@link org.conelab.api.solver.Solver#eigenvalueCounts}: Sturm counts on the tri-diagonal
     * S itself (R ≤ 1: O(n) per shift, so n = 10⁶ with hundreds of bins is routine), or on the
     * tri-diagonal form from the Givens band reduction (an orthogonal similarity, O(n²·R) once)
     * for n ≤ {@value #REDUCTION_LIMIT}; empty for wider bands of larger order, whose reduction
     * would not be routine (callers then estimate).
     */
    public Optional<long[]> eigenvalueCounts(SymmetricMatrix kernel, double[] weights, double[] shifts) {
        SimilarBand s = similar(kernel, weights);
        int n = s.size();
        SturmCount sturm;
        if (s.bandwidth() <= 1) {
            memory.require(n, 5.0 * n, n, "Sturm counts");
            sturm = new SturmCount(s.diagonal(), s.offDiagonal());
        } else if (n <= REDUCTION_LIMIT) {
            double work = GivensBandReduction.workDoubles(n, s.bandwidth());
            memory.require(n, work + 5.0 * n, work, "the band reduction");
            double[][] tridiagonal = GivensBandReduction.tridiagonal(s);
            sturm = new SturmCount(tridiagonal[0], tridiagonal[1]);
        } else {
            return Optional.empty();
        }
        for (int k = 0; k < shifts.length; k++) {
            if (!Double.isFinite(shifts[k])) {
                throw new IllegalArgumentException("shifts[" + k + "] = " + shifts[k] + " is not finite");
            }
        }
        return Optional.of(sturm.countsBelow(shifts));
    }

    /**
     * See {@link org.conelab.api.solver.Solver#extremes}: bisection of both extremes of S, λ_min
     * to a bracket of relative width. The tolerances are half the final bracket plus the
     * backward error of the tests: absolute, {@link Inertia#absoluteBackward} of ‖S‖ (so
     * λ_max to a few ulps); and for λ_min, when K is positive definite, also relative,
     * η = c·ε·‖|K|‖_∞/λ_min(K) with c = {@link Inertia#relativeBackwardUlps} and a lower bound on
     * λ_min(K) from a coarse bisection of K itself — whichever is smaller. So λ_min is stated to
     * about cond(K)·ε relative even where it lies far below ε·λ_max (graded weights), the accuracy
     * the data determine (Demmel &amp; Veselić 1992).
     */
    public SpectrumBounds extremes(SymmetricMatrix kernel, double[] weights) {
        Band band = Band.of(kernel);
        SimilarBand s = similar(kernel, weights);
        SimilarBand k = similar(kernel, ones(band.size()));
        Inertia tests = inertia(s);
        double[] gershgorin = s.gershgorin();
        ExtremeBisection.Brackets brackets = ExtremeBisection.extremes(tests, gershgorin);
        double absolute = tests.absoluteBackward(Math.max(Math.abs(gershgorin[0]), Math.abs(gershgorin[1])));
        return brackets.bounds(absolute, relativeBackward(k));
    }

    /**
     * @param k K as a band with unit weights
     * @return η = c·ε·‖|K|‖_∞ / λ_min(K), with λ_min(K) bounded below by a coarse bisection minus
     *     the absolute backward error of its tests; +∞ when K does not test positive definite
     */
    private double relativeBackward(SimilarBand k) {
        Inertia tests = inertia(k);
        double[] gershgorin = k.gershgorin();
        double norm = Math.max(Math.abs(gershgorin[0]), Math.abs(gershgorin[1]));
        double lower = ExtremeBisection.lowerBoundOfSmallest(tests, gershgorin, KERNEL_BRACKET)
                - tests.absoluteBackward(norm);
        return lower > 0 ? tests.relativeBackwardUlps() * Math.ulp(1.0) * k.absoluteRowSum() / lower
                : Double.POSITIVE_INFINITY;
    }

    private Inertia inertia(SimilarBand s) {
        int n = s.size();
        if (s.bandwidth() <= 1) {
            memory.require(n, 5.0 * n, n, "Sturm bisection");
            return new SturmCount(s.diagonal(), s.offDiagonal());
        }
        return new CholeskyDefiniteness(s);
    }

    private static double[] ones(int n) {
        double[] ones = new double[n];
        Arrays.fill(ones, 1.0);
        return ones;
    }

    private SimilarBand similar(SymmetricMatrix kernel, double[] weights) {
        Band band = Band.of(kernel);
        SolverArguments.weights(weights, band.size());
        memory.require(band.size(), 2.0 * band.size(), band.size(), "√w and the Gershgorin radii");
        return new SimilarBand(band, weights);
    }

    /** Stops the threads for good; a later parallel operation fails with an IllegalStateException. */
    @Override
    public void close() {
        parallel.close();
    }
}
