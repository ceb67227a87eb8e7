package org.conelab.solver.iterative;

import java.util.Objects;
import org.conelab.api.InvalidInputException;
import org.conelab.api.ServiceProperties;
import org.conelab.api.matrix.DenseMatrix;
import org.conelab.api.matrix.SparseMatrix;
import org.conelab.api.matrix.SymmetricMatrix;
import org.conelab.api.solver.LinearDynamics;
import org.conelab.api.solver.ResponseColumns;
import org.conelab.api.solver.Solver;
import org.conelab.api.solver.SpectrumBounds;
import org.conelab.api.solver.StepObserver;
import org.conelab.numeric.HeapBudget;
import org.conelab.numeric.KernelSolver;
import org.conelab.numeric.Lanczos;
import org.conelab.numeric.SolverArguments;
import org.conelab.numeric.SymmetricOperator;
import org.conelab.numeric.WeightedExtremes;
import org.conelab.numeric.WeightedOperator;
import org.osgi.service.component.annotations.Component;

/**
 * The matrix-free solver: it touches a kernel only through its product
 * {@link SymmetricMatrix#apply} (and its diagonal, for the preconditioner), so it handles every
 * structure — stencil, banded, sparse CSR, dense — at a cost proportional to the stored
 * entries. It ranks {@value #RANKING}: above the dense reference (10), below the banded solvers,
 * which exploit the band.
 *
 * <ul>
 *   <li>{@link #solve}: Jacobi-preconditioned conjugate gradients to
 *       ‖b − A·x‖₂ ≤ {@value ConjugateGradient#RELATIVE_TOLERANCE}·‖b‖₂ within 10·n + 100
 *       iterations ({@link ConjugateGradient}); ArithmeticException if A is found not to be
 *       positive definite or CG does not converge.
 *   <li>{@link #extremes}: {@link WeightedExtremes} with at most {@link #lanczosSteps} Lanczos
 *       steps: λ_max by Lanczos on S = W^½KW^½ with a Kato–Temple enclosure; λ_min by Lanczos on
 *       S⁻¹ with conjugate gradients as the solve ({@link BudgetedConjugateGradient}), refined,
 *       to relative accuracy — when the work budget {@value #INVERSE_WORK_BUDGET} multiply-adds
 *       allows at least {@value #INVERSE_ITERATIONS_PER_STEP} CG iterations per Lanczos step and CG
 *       copes; otherwise by Lanczos on S, to about ε·λ_max absolutely. Each tolerance is the bound
 *       the run reached: a few ulps of λ_max for small problems, looser when the step cap stops
 *       Lanczos early (huge grids).
 *   <li>{@link #eigenvalues}: Lanczos to n steps with full reorthogonalisation and the QL
 *       algorithm on the tri-diagonal T_n ({@link org.conelab.numeric.TridiagonalQL}), O(n³); only for
 *       n ≤ {@value #MAX_ORDER_ALL_EIGENVALUES}. Larger n is refused per operation with an
 *       {@link InvalidInputException} (subject {@code n}) although {@link #supports} is true: the
 *       other operations still serve such a kernel.
 *   <li>{@link #evolve}: repeated products e ← e − η·K·(w∘e) ({@link GradientStep}).
 *   <li>{@link #response}: J_t·e_j by the same repeated products from e_j; every column is held
 *       in full ({@code first[t] = 0}), since no structure is assumed.
 *   <li>{@link #product}: y = K·(w∘x) by the kernel's own product over its stored entries.
 * </ul>
 */
@Component(service = Solver.class, property = {
    ServiceProperties.ID + "=iterative",
    "service.ranking:Integer=" + IterativeSolver.RANKING,
    ServiceProperties.DESCRIPTION + "=Matrix-free solver for any structure: Jacobi-CG solves, Lanczos extremes"
            + " (lambda_min by inverse Lanczos, stated bounds), repeated products; all eigenvalues for n <= 3000"
})
public final class IterativeSolver implements Solver {

    /** Above the dense reference (10), below the banded solvers (150, 200). */
    static final int RANKING = 50;
    /** The most Lanczos steps for extremes; the basis takes k·n doubles. */
    static final int MAX_LANCZOS_STEPS = 300;
    /** The fewest Lanczos steps allowed by the work budget, whatever n. */
    static final int MIN_LANCZOS_STEPS = 30;
    /**
     * The reorthogonalisation work k²·n (multiply-adds) allowed for extremes, about a few seconds:
     * it caps k at √(budget/n) for large n (n = 10⁶: k = 65).
     */
    static final double REORTHOGONALISATION_BUDGET = 4.2e9;
    /** Multiply-adds the conjugate gradients of the inverse route may take for λ_min, about a few seconds. */
    static final double INVERSE_WORK_BUDGET = 4e9;
    /** The inverse route is tried only when the budget allows this many CG iterations per Lanczos step. */
    static final int INVERSE_ITERATIONS_PER_STEP = 20;
    /** Vectors of length n that extremes holds besides the Lanczos basis: CG, refinement and the enclosures. */
    static final int EXTREMES_WORK_VECTORS = 16;
    /** The largest n for {@link #eigenvalues}: n Lanczos steps cost n³ multiply-adds and n² doubles. */
    static final int MAX_ORDER_ALL_EIGENVALUES = 3000;

    private final HeapBudget memory;

    /** Uses the running JVM's heap limit. */
    public IterativeSolver() {
        this(HeapBudget.ofRuntime());
    }

    /** @param memory the heap budget to check against (tests pass a small one) */
    IterativeSolver(HeapBudget memory) {
        this.memory = memory;
    }

    /** @return true: every structure has a product */
    @Override
    public boolean supports(SymmetricMatrix matrix) {
        return true;
    }

    @Override
    public int evolve(LinearDynamics dynamics, double[] error, int steps, int interval, StepObserver observer) {
        int n = dynamics.size();
        SolverArguments.length("error", error, n);
        SolverArguments.atLeast("steps", steps, 0);
        SolverArguments.atLeast("interval", interval, 1);
        Objects.requireNonNull(observer, "observer");
        memory.require(n, 2.0 * n, n, "two work vectors");

        GradientStep step = new GradientStep(SymmetricOperator.of(dynamics.kernel()), dynamics.weights(), dynamics.eta());
        if (!observer.observe(0, error)) {
            return 0;
        }
        for (int t = 1; t <= steps; t++) {
            // e ← (I − ηKW)·e
            step.apply(error);
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
        memory.require(n, ((double) steps + 3) * n, n, "the " + (steps + 1) + " response columns of length n");

        GradientStep step = new GradientStep(SymmetricOperator.of(dynamics.kernel()), dynamics.weights(), dynamics.eta());
        int[] first = new int[steps + 1];
        double[][] values = new double[steps + 1][];
        double[] column = new double[n];
        column[source] = 1.0;
        values[0] = column.clone();
        for (int t = 1; t <= steps; t++) {
            // J_t·e_j = (I − ηKW)·J_{t−1}·e_j
            step.apply(column);
            values[t] = column.clone();
        }
        return new ResponseColumns(source, first, values);
    }

    @Override
    public double[] solve(SymmetricMatrix matrix, double[] rhs) {
        int n = matrix.size();
        SolverArguments.length("rhs", rhs, n);
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(rhs[i])) {
                throw new InvalidInputException("rhs[" + i + "]", "must be finite, got " + rhs[i]);
            }
        }
        memory.require(n, 5.0 * n, n, "the five vectors of conjugate gradients");
        ConjugateGradient cg = new ConjugateGradient(SymmetricOperator.of(matrix), JacobiPreconditioner.of(matrix),
                ConjugateGradient.RELATIVE_TOLERANCE, ConjugateGradient.defaultMaxIterations(n));
        return cg.solve(rhs);
    }

    /**
     * {@inheritDoc}
     *
     * @throws InvalidInputException with subject {@code n} when n &gt; {@value #MAX_ORDER_ALL_EIGENVALUES}
     */
    @Override
    public double[] eigenvalues(SymmetricMatrix kernel, double[] weights) {
        int n = kernel.size();
        if (n > MAX_ORDER_ALL_EIGENVALUES) {
            throw new InvalidInputException("n", "the iterative solver computes every eigenvalue only for n <= "
                    + MAX_ORDER_ALL_EIGENVALUES + " (n Lanczos steps cost n³), got n = " + n
                    + "; ask for the extremes, or use a banded solver for a banded kernel");
        }
        WeightedOperator s = WeightedOperator.of(SymmetricOperator.of(kernel), weights);
        memory.require(n, ((double) n + 4) * n, n, "the n Lanczos vectors");
        return new Lanczos(s).all();
    }

    @Override
    public SpectrumBounds extremes(SymmetricMatrix kernel, double[] weights) {
        int n = kernel.size();
        SolverArguments.weights(weights, n);
        int steps = lanczosSteps(n);
        memory.require(n, ((double) steps + EXTREMES_WORK_VECTORS) * n, n, "the " + steps + " Lanczos vectors");
        long budget = inverseBudget(kernel);
        KernelSolver cg = budget >= (long) INVERSE_ITERATIONS_PER_STEP * steps
                ? new BudgetedConjugateGradient(kernel, budget) : null;
        return WeightedExtremes.of(kernel, weights, SymmetricOperator.of(kernel), cg, steps);
    }

    /**
     * y = K·(w∘x) by the kernel's own product over its stored entries.
     *
     * @throws InvalidInputException naming {@code weights} or {@code x} when its length is not n
     */
    @Override
    public double[] product(SymmetricMatrix kernel, double[] weights, double[] x) {
        int n = kernel.size();
        SolverArguments.length("weights", weights, n);
        SolverArguments.length("x", x, n);
        memory.require(n, 2.0 * n, n, "the weighted input and the product");
        return GradientStep.product(SymmetricOperator.of(kernel), weights, x);
    }

    /**
     * @param kernel K
     * @return the CG iterations the inverse route may take: {@value #INVERSE_WORK_BUDGET} over
     *     the work of one iteration, a product (one multiply-add per stored entry) and about ten
     *     vector operations
     */
    static long inverseBudget(SymmetricMatrix kernel) {
        double perIteration = productWork(kernel) + 10.0 * kernel.size();
        return (long) (INVERSE_WORK_BUDGET / perIteration);
    }

    /** @return the multiply-adds of one product with K: its stored entries, counted in both triangles */
    static double productWork(SymmetricMatrix kernel) {
        int n = kernel.size();
        if (kernel instanceof SparseMatrix sparse) {
            return sparse.values().length;
        }
        if (kernel instanceof DenseMatrix) {
            return (double) n * n;
        }
        return (double) n * (2.0 * kernel.halfBandwidth() + 1);
    }

    /**
     * @param n the order
     * @return the Lanczos step cap for extremes: min(n, {@value #MAX_LANCZOS_STEPS},
     *     max({@value #MIN_LANCZOS_STEPS}, ⌊√({@value #REORTHOGONALISATION_BUDGET}/n)⌋))
     */
    static int lanczosSteps(int n) {
        int byWork = (int) Math.sqrt(REORTHOGONALISATION_BUDGET / n);
        return Math.min(n, Math.min(MAX_LANCZOS_STEPS, Math.max(MIN_LANCZOS_STEPS, byWork)));
    }
}
