package org.conelab.analyzer.propagator;

import java.util.Optional;
import org.conelab.analyzer.propagator.field.Lattice;
import org.conelab.api.matrix.SymmetricMatrix;
import org.conelab.api.solver.Solver;
import org.conelab.numeric.CsrBuilder;

/**
 * The analyzer's linear solves, through {@link SolverChoice}: each returns the solution with
 * the solver that computed it and its time, or throws {@link Unsolvable} with the reason (no
 * solver supports the structure, the storage would not fit, the solver failed), which the
 * analyzer reports as a claim not measurable.
 */
final class Solves {

    /** A solution and how it was computed. */
    record Solved(double[] u, String solver, double seconds) {
    }

    /** A solve that could not be done, with the reason in the message. */
    static final class Unsolvable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unsolvable(String reason) {
            super(reason, null, false, false);
        }
    }

    private final SolverChoice choice;
    private final Solver pipeline;
    private final String pipelineId;
    private final long byteLimit;

    /**
     * @param choice the registered solvers
     * @param pipeline the pipeline's solver
     * @param pipelineId its id
     * @param byteLimit the most bytes a lattice operator may take
     */
    Solves(SolverChoice choice, Solver pipeline, String pipelineId, long byteLimit) {
        this.choice = choice;
        this.pipeline = pipeline;
        this.pipelineId = pipelineId;
        this.byteLimit = byteLimit;
    }

    /** @return the solver that serves this matrix and the words that say why */
    SolverChoice.Chosen chosen(SymmetricMatrix matrix) {
        Optional<SolverChoice.Chosen> chosen = choice.choose(pipeline, pipelineId, matrix);
        return chosen.orElseThrow(() -> new Unsolvable("no registered solver supports " + SolverChoice.structure(matrix)));
    }

    /** @return the solver that serves this matrix, described */
    String describe(SymmetricMatrix matrix) {
        return chosen(matrix).describe(pipelineId, matrix);
    }

    /** @return the lattice Green's function: (−λΔ_h + m²)·u = e_c/h^d */
    Solved propagator(Lattice lattice, double lambda, double massSquared) {
        SymmetricMatrix operator;
        try {
            operator = lattice.operator(lambda, massSquared, byteLimit);
        } catch (CsrBuilder.StorageLimitException e) {
            throw new Unsolvable("the " + lattice.dimension() + "-D lattice of " + lattice.size() + " nodes needs "
                    + e.bytes() + " bytes of CSR storage, more than the limit of " + byteLimit);
        }
        return solve(operator, lattice.pointSource());
    }

    /** @return the solution of A·u = b by the chosen solver */
    Solved solve(SymmetricMatrix matrix, double[] rhs) {
        SolverChoice.Chosen chosen = chosen(matrix);
        long start = System.nanoTime();
        double[] u;
        try {
            u = chosen.solver().solve(matrix, rhs);
        } catch (ArithmeticException | IllegalArgumentException e) {
            throw new Unsolvable(chosen.id() + " could not solve " + SolverChoice.structure(matrix) + ": " + e.getMessage());
        }
        return new Solved(u, chosen.describe(pipelineId, matrix), (System.nanoTime() - start) / 1e9);
    }
}
