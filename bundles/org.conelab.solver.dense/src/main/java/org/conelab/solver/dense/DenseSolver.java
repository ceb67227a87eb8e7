package org.conelab.solver.dense;

import java.util.Objects;
import org.conelab.api.InvalidInputException;
import org.conelab.api.ServiceProperties;
import org.conelab.api.matrix.DenseMatrix;
import org.conelab.api.matrix.SymmetricMatrix;
import org.conelab.api.solver.LinearDynamics;
import org.conelab.api.solver.ResponseColumns;
import org.conelab.api.solver.Solver;
import org.conelab.api.solver.SpectrumBounds;
import org.conelab.api.solver.StepObserver;
import org.conelab.numeric.HeapBudget;
import org.conelab.numeric.KernelSolver;
import org.conelab.numeric.SolverArguments;
import org.conelab.numeric.WeightedExtremes;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;
import org.osgi.service.component.annotations.Component;

/**
 * The reference solver: every structure is copied into a dense n×n EJML matrix and handled by
 * textbook dense algorithms. It is exact to rounding and simple, but costs O(n²) memory and
 * O(n²) per step, O(n³) per spectrum, so it accepts n ≤ {@value #MAX_ORDER} only and ranks
 * low ({@value #RANKING}): structure-aware solvers outrank it, and it serves as the
 * cross-check for them.
 *
 * <ul>
 *   <li>{@link #evolve}: e ← B·e with the dense step matrix B = I − η·K·W ({@link DenseOperator});
 *   <li>{@link #response}: J_t·e_j = B^t·e_j, every entry of every column stored;
 *   <li>{@link #solve}: Cholesky factorisation A = L·Lᵀ and two triangular solves;
 *   <li>{@link #eigenvalues}: the symmetric QR algorithm on S = W^½ K W^½
 *       ({@link SymmetricEigen}), each eigenvalue within O(n·ε·‖S‖₂);
 *   <li>{@link #extremes}: {@link WeightedExtremes} with up to min(n, {@value #MAX_LANCZOS_STEPS})
 *       Lanczos steps, the dense product
 *       and EJML's Cholesky factorisation of K as the solve: λ_max with a Kato–Temple
 *       enclosure (a few ulps once converged), λ_min = 1/λ_max(S⁻¹) to relative accuracy of a
 *       few ulps whenever cond(K)·ε &lt; 1, even where λ_min is far below ε·λ_max (graded W),
 *       which the QR algorithm cannot resolve. When the inverse route is not available (K not
 *       positive definite, or singular to working precision, so that refinement fails) and the
 *       bound left is wider than the backward error {@value #QR_BACKWARD_ULPS}·n·ε·‖S‖_F of the
 *       QR algorithm, λ_min comes from the QR algorithm with that bound;
 *   <li>{@link #product}: y = K·(w∘x) as one EJML matrix-vector product with the dense copy of K.
 * </ul>
 *
 * <p>Arguments are checked by {@link SolverArguments}. Before allocating, each operation checks
 * that its dense arrays fit in the heap: copies·n² + extra doubles, the largest array the
 * n² entries of one EJML matrix ({@link HeapBudget}, an {@link InvalidInputException} with
 * subject {@code n} otherwise); then it throws an {@link IllegalArgumentException} when
 * n &gt; {@value #MAX_ORDER}.
 */
@Component(service = Solver.class, property = {
    ServiceProperties.ID + "=dense",
    "service.ranking:Integer=" + DenseSolver.RANKING,
    ServiceProperties.DESCRIPTION + "=Dense reference solver (EJML): any structure, n <= 4096, O(n^2) memory, O(n^3) spectra,"
            + " lambda_min by inverse Lanczos with the Cholesky factor"
})
public final class DenseSolver implements Solver {

    /** Low: the reference; banded and matrix-free solvers outrank it. */
    static final int RANKING = 10;

    /** The largest order accepted: 4096² doubles are 128 MiB per copy, a full spectrum about 30 s. */
    static final int MAX_ORDER = 4096;

    /** n×n arrays held by evolve and response: the step matrix B. */
    static final int STEP_COPIES = 1;
    /** n×n arrays held by solve: A and, for n ≥ 1000, EJML's blocked copy of its factor. */
    static final int CHOLESKY_COPIES = 2;
    /** n×n arrays held for eigenvalues: S and the Householder reduction's work matrix. */
    static final int EIGENVALUE_COPIES = 2;
    /** n×n arrays held for extremes: K, its Cholesky factor (two for n ≥ 1000) and up to n Lanczos vectors. */
    static final int EXTREMES_COPIES = 4;
    /**
     * The most Lanczos steps for extremes: k²·n multiply-adds of reorthogonalisation and k³ for the
     * Ritz vectors stay within seconds at n = 4096; n ≤ 1000 runs to exactness if it must.
     */
    static final int MAX_LANCZOS_STEPS = 1000;
    /**
     * The backward error of the symmetric QR algorithm in units of n·ε·‖S‖_F: the computed
     * eigenvalues are exact for S + E, ‖E‖₂ ≤ p(n)·ε·‖S‖₂ with p a modest polynomial (Golub and
     * Van Loan, §8.3.6); n·‖S‖_F ≥ n·‖S‖₂ covers the p(n) seen in practice with a wide margin.
     */
    static final double QR_BACKWARD_ULPS = 1.0;
    /** Vectors of length n that extremes holds besides those: refinement and the enclosures. */
    static final int EXTREMES_WORK_VECTORS = 16;

    private final HeapBudget budget;

    /** Uses the running JVM's heap limit. */
    public DenseSolver() {
        this(HeapBudget.ofRuntime());
    }

    /** @param budget the heap budget to check against (tests pass a fixed one) */
    DenseSolver(HeapBudget budget) {
        this.budget = budget;
    }

    @Override
    public boolean supports(SymmetricMatrix matrix) {
        return matrix.size() <= MAX_ORDER;
    }

    @Override
    public int evolve(LinearDynamics dynamics, double[] error, int steps, int interval, StepObserver observer) {
        int n = dynamics.size();
        SolverArguments.length("error", error, n);
        SolverArguments.atLeast("steps", steps, 0);
        SolverArguments.atLeast("interval", interval, 1);
        Objects.requireNonNull(observer, "observer");
        require(dynamics.kernel(), STEP_COPIES, 0);

        DenseOperator operator = DenseOperator.of(dynamics);
        double[] scratch = new double[n];
        if (!observer.observe(0, error)) {
            return 0;
        }
        for (int t = 1; t <= steps; t++) {
            // e ← (I − ηKW) e
            operator.step(error, scratch);
            if ((t % interval == 0 || t == steps) && !observer.observe(t, error)) {
                return t;
            }
        }
        return steps;
    }

    @Override
    public ResponseColumns response(LinearDynamics dynamics, int source, int steps) {
        int n = dynamics.size();
        SolverArguments.source(source, n);
        SolverArguments.storableSteps(steps);
        require(dynamics.kernel(), STEP_COPIES, ((double) steps + 1) * n);

        DenseOperator operator = DenseOperator.of(dynamics);
        int[] first = new int[steps + 1];
        double[][] values = new double[steps + 1][];
        double[] column = new double[n];
        double[] scratch = new double[n];
        column[source] = 1.0;
        values[0] = column.clone();
        for (int t = 1; t <= steps; t++) {
            // J_t e_j = (I − ηKW) J_{t−1} e_j
            operator.step(column, scratch);
            values[t] = column.clone();
        }
        return new ResponseColumns(source, first, values);
    }

    @Override
    public double[] solve(SymmetricMatrix matrix, double[] rhs) {
        int n = matrix.size();
        SolverArguments.length("rhs", rhs, n);
        require(matrix, CHOLESKY_COPIES, 0);

        LinearSolverDense<DMatrixRMaj> cholesky = LinearSolverFactory_DDRM.chol(n);
        if (!cholesky.setA(DenseMatrices.copyOf(matrix))) {
            throw new ArithmeticException("the matrix is not positive definite: its Cholesky factorisation failed (n = "
                    + n + ")");
        }
        DMatrixRMaj x = new DMatrixRMaj(n, 1);
        cholesky.solve(DMatrixRMaj.wrap(n, 1, rhs.clone()), x);
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(x.data[i])) {
                throw new ArithmeticException("the solution is not finite at x[" + i
                        + "]: the matrix or right-hand side holds non-finite values, or the matrix is numerically singular");
            }
        }
        return x.data;
    }

    @Override
    public double[] eigenvalues(SymmetricMatrix kernel, double[] weights) {
        require(kernel, EIGENVALUE_COPIES, 0);
        return SymmetricEigen.values(DenseMatrices.similarSymmetric(kernel, weights));
    }

    @Override
    public SpectrumBounds extremes(SymmetricMatrix kernel, double[] weights) {
        int n = kernel.size();
        require(kernel, EXTREMES_COPIES, (double) EXTREMES_WORK_VECTORS * n);
        SolverArguments.weights(weights, n);
        DMatrixRMaj k = DenseMatrices.copyOf(kernel);
        SpectrumBounds bounds = WeightedExtremes.of(kernel, weights, DenseMatrices.operator(k), cholesky(k),
                Math.min(n, MAX_LANCZOS_STEPS));
        double qrTolerance = QR_BACKWARD_ULPS * n * Math.ulp(1.0) * DenseMatrices.weightedFrobenius(k, weights);
        if (bounds.minTolerance() <= qrTolerance) {
            return bounds;
        }
        // no inverse route (K not positive definite, or singular to working precision): QR does better
        double qrMin = SymmetricEigen.values(DenseMatrices.similarSymmetric(kernel, weights))[0];
        return new SpectrumBounds(qrMin, bounds.max(), qrTolerance, bounds.maxTolerance());
    }

    /**
     * y = K·(w∘x) as one EJML matrix-vector product: with a dense K's own row-major values,
     * otherwise with a dense copy of K.
     *
     * @throws InvalidInputException naming {@code weights} or {@code x} when its length is not n,
     *     or with subject {@code n} when a copy of K would not fit in the heap
     * @throws IllegalArgumentException when n &gt; {@value #MAX_ORDER}
     */
    @Override
    public double[] product(SymmetricMatrix kernel, double[] weights, double[] x) {
        int n = kernel.size();
        SolverArguments.length("weights", weights, n);
        SolverArguments.length("x", x, n);
        boolean dense = kernel instanceof DenseMatrix;
        require(kernel, dense ? 0 : STEP_COPIES, 2.0 * n);
        DMatrixRMaj k = dense ? DMatrixRMaj.wrap(n, n, ((DenseMatrix) kernel).values()) : DenseMatrices.copyOf(kernel);
        double[] scaled = new double[n];
        for (int i = 0; i < n; i++) {
            // u = w ∘ x
            scaled[i] = weights[i] * x[i];
        }
        double[] y = new double[n];
        DenseMatrices.operator(k).apply(scaled, y);
        return y;
    }

    /**
     * @param k a dense copy of K, not modified
     * @return the solve with EJML's Cholesky factor of K, or null when K is not positive definite
     */
    private static KernelSolver cholesky(DMatrixRMaj k) {
        int n = k.numRows;
        LinearSolverDense<DMatrixRMaj> cholesky = LinearSolverFactory_DDRM.chol(n);
        if (!cholesky.setA(k.copy())) {
            return null;
        }
        return rhs -> {
            DMatrixRMaj x = new DMatrixRMaj(n, 1);
            cholesky.solve(DMatrixRMaj.wrap(n, 1, rhs.clone()), x);
            return x.data;
        };
    }

    /**
     * @param n the order
     * @param copies how many n×n arrays of doubles an operation holds at once
     * @param extraDoubles further doubles it stores (for example the response columns)
     * @return copies·n² + extra, in double arithmetic so that it cannot overflow
     */
    static double storedDoubles(int n, int copies, double extraDoubles) {
        return (double) copies * n * n + extraDoubles;
    }

    /**
     * @param n the order
     * @param copies how many n×n arrays of doubles the operation holds at once
     * @param extraDoubles further doubles it stores (for example the response columns)
     * @throws InvalidInputException with subject {@code n} when they exceed the heap budget or
     *     one n×n array exceeds the Java array limit
     */
    void requireHeap(int n, int copies, double extraDoubles) {
        budget.require(n, storedDoubles(n, copies, extraDoubles), (double) n * n, "dense n×n storage (" + copies
                + " × 8·n² bytes" + (extraDoubles > 0 ? " and the stored columns" : "")
                + "), which a banded or matrix-free solver avoids");
    }

    /** Checks the heap first (so a hopeless n gets the memory message), then the order limit. */
    private void require(SymmetricMatrix matrix, int copies, double extraDoubles) {
        requireHeap(matrix.size(), copies, extraDoubles);
        if (!supports(matrix)) {
            throw new IllegalArgumentException("the dense solver handles n <= " + MAX_ORDER + ", got n = "
                    + matrix.size() + "; use a banded or matrix-free solver");
        }
    }
}
