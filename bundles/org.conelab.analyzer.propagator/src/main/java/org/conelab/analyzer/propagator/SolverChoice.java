package org.conelab.analyzer.propagator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.conelab.api.ServiceProperties;
import org.conelab.api.matrix.BandedMatrix;
import org.conelab.api.matrix.DenseMatrix;
import org.conelab.api.matrix.SparseMatrix;
import org.conelab.api.matrix.StencilMatrix;
import org.conelab.api.matrix.SymmetricMatrix;
import org.conelab.api.solver.Solver;

/**
 * Which solver serves each of the analyzer's own matrices. The propagator's operators are not
 * the pipeline's kernel: a chain's −λΔ_h + m² is a constant-coefficient stencil, a grid's a CSR
 * matrix, the action's Hessian a band. The pipeline chose its solver for the kernel, so it may
 * not support them (the banded solvers take no CSR). The rule: the pipeline's own solver when
 * it {@link Solver#supports supports} the matrix — so that {@code solver = …} is honoured where
 * it can be — else the highest-ranked registered solver that does, the same rule as
 * {@code solver = auto}. The analyzer is bound to every registered solver (a DS reference of
 * multiple cardinality, dynamic, with each service's {@code conelab.id} and
 * {@code service.ranking}); each finding's method names the solver used. Thread-safe.
 */
final class SolverChoice {

    /** A registered solver. */
    record Provider(String id, int ranking, Solver solver) {
    }

    /**
     * @param id the solver's conelab.id
     * @param solver the solver
     * @param pipelines whether it is the pipeline's own choice
     */
    record Chosen(String id, Solver solver, boolean pipelines) {

        /** @return "banded (the pipeline's solver)" or "iterative (the pipeline's banded takes no CSR)" */
        String describe(String pipelineId, SymmetricMatrix matrix) {
            return pipelines ? id + " (the pipeline's solver)"
                    : id + " (the pipeline's " + pipelineId + " does not support " + structure(matrix) + ")";
        }
    }

    private final List<Provider> providers = new CopyOnWriteArrayList<>();

    void add(Solver solver, Map<String, ?> properties) {
        Object id = properties.get(ServiceProperties.ID);
        Object ranking = properties.get("service.ranking");
        providers.add(new Provider(id == null ? solver.getClass().getSimpleName() : id.toString(),
                ranking instanceof Integer r ? r : 0, solver));
    }

    void remove(Solver solver) {
        providers.removeIf(p -> p.solver() == solver);
    }

    /** @return the registered solvers, highest ranking first */
    List<Provider> ranked() {
        List<Provider> sorted = new ArrayList<>(providers);
        sorted.sort(Comparator.comparingInt(Provider::ranking).reversed());
        return sorted;
    }

    /**
     * @param pipeline the pipeline's solver
     * @param pipelineId its id
     * @param matrix the matrix to solve with
     * @return the pipeline's solver if it supports the matrix, else the highest-ranked registered
     *     one that does, else empty
     */
    Optional<Chosen> choose(Solver pipeline, String pipelineId, SymmetricMatrix matrix) {
        if (pipeline != null && pipeline.supports(matrix)) {
            return Optional.of(new Chosen(pipelineId, pipeline, true));
        }
        return ranked().stream().filter(p -> p.solver().supports(matrix)).findFirst()
                .map(p -> new Chosen(p.id(), p.solver(), false));
    }

    /** @return the storage structure in words: stencil, band, CSR or dense, with n */
    static String structure(SymmetricMatrix matrix) {
        String kind;
        if (matrix instanceof StencilMatrix) {
            kind = "a stencil";
        } else if (matrix instanceof BandedMatrix) {
            kind = "a band matrix";
        } else if (matrix instanceof SparseMatrix) {
            kind = "CSR";
        } else if (matrix instanceof DenseMatrix) {
            kind = "a dense matrix";
        } else {
            kind = matrix.getClass().getSimpleName();
        }
        return kind + " of n = " + matrix.size();
    }
}
