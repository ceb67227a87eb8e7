package org.conelab.solver.iterative;

import java.util.Objects;
import org.conelab.api.InvalidInputException;
import org.conelab.api.ServiceProperties;
import org.conelab.api.matrix.SymmetricMatrix;
import org.conelab.api.solver.LinearDynamics;
import org.conelab.api.solver.ResponseColumns;
import org.conelab.api.solver.Solver;
import org.conelab.api.solver.SpectrumBounds;
import org.conelab.api.solver.StepObserver;
import org.conelab.numeric.HeapBudget;
import org.conelab.numeric.SolverArguments;
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
 *   <li>{@link #extremes}: {@link Lanczos} with full reorthogonalisation on
 *       S = W^½KW^½ ({@link WeightedOperator}) from a seeded random start, until the residual
 *       bounds |β_k·s| of both extreme Ritz values are ≤ {@value #EXTREMES_TOLERANCE} times the
 *       spectral radius, or the step cap {@link #lanczosSteps} is reached;
 *       {@link SpectrumBounds#tolerance()} is the larger bound actually reached (0 when the
 *       Lanczos ran n steps and is exact, as for n ≤ 2). The Ritz values always lie inside
 *       [λ_min, λ_max]: the reported min is never below λ_min nor the max above λ_max.
 *   <li>{@link #eigenvalues}: Lanczos to n steps with full reorthogonalisation and the QL
 *       algorithm on the tri-diagonal T_n ({@link org.conelab.numeric.TridiagonalQL}), O(n³); only for
 *       n ≤ {@value #MAX_ORDER_ALL_EIGENVALUES}. Larger n is refused per operation with an
 *       {@link InvalidInputException} (subject {@code n}) although {@link #supports} is true: the
 *       other operations still serve such a kernel.
 *   <li>{@link #evolve}: repeated products e ← e − η·K·(w∘e) ({@link GradientStep}).
 *   <li>{@link #response}: J_t·e_j by the same repeated products from e_j; every column is held
 *       in full ({@code first[t] = 0}), since no structure is assumed.
 * </ul>
 */
@Component(service = Solver.class, property = {
    ServiceProperties.ID + "=iterative",
    "service.ranking:Integer=" + IterativeSolver.RANKING,
    ServiceProperties.DESCRIPTION + "=Matrix-free solver for any structure: Jacobi-CG solves, Lanczos extremes"
            + " (stated tolerance), repeated products; all eigenvalues for n <= 3000"
})
public final class IterativeSolver implements Solver {

    /** Above the dense reference (10), below the banded solvers (150, 200). */
    static final int RANKING = 50;
    /** Target of the Lanczos residual bounds, relative to the spectral radius max |θ|. */
    static final double EXTREMES_TOLERANCE = 1e-10;
    /** The most Lanczos steps for extremes; the basis takes k·n doubles. */
    static final int MAX_LANCZOS_STEPS = 300;
    /** The fewest Lanczos steps allowed by the work budget, whatever n. */
    static final int MIN_LANCZOS_STEPS = 30;
    /**
     * The reorthogonalisation work k²·n (multiply-adds) allowed for extremes, about a few seconds:
     * it caps k at √(budget/n) for large n (n = 10⁶: k = 65).
     */
    static final double REORTHOGONALISATION_BUDGET = 4.2e9;
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

        GradientStep step = new GradientStep(LinearOperator.of(dynamics.kernel()), dynamics.weights(), dynamics.eta());
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

        GradientStep step = new GradientStep(LinearOperator.of(dynamics.kernel()), dynamics.weights(), dynamics.eta());
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
        ConjugateGradient cg = new ConjugateGradient(LinearOperator.of(matrix), JacobiPreconditioner.of(matrix),
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
        WeightedOperator s = WeightedOperator.of(LinearOperator.of(kernel), weights);
        memory.require(n, ((double) n + 4) * n, n, "the n Lanczos vectors");
        return new Lanczos(s).all();
    }

    @Override
    public SpectrumBounds extremes(SymmetricMatrix kernel, double[] weights) {
        int n = kernel.size();
        WeightedOperator s = WeightedOperator.of(LinearOperator.of(kernel), weights);
        int steps = lanczosSteps(n);
        memory.require(n, ((double) steps + 4) * n, n, "the " + steps + " Lanczos vectors");
        Lanczos.Result result = new Lanczos(s).extremes(steps, EXTREMES_TOLERANCE);
        return new SpectrumBounds(result.min(), result.max(), result.exact() ? 0.0 : result.tolerance());
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
