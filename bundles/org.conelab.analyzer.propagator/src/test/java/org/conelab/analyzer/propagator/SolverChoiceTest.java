package org.conelab.analyzer.propagator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.conelab.api.matrix.BandedMatrix;
import org.conelab.api.matrix.DenseMatrix;
import org.conelab.api.matrix.SparseMatrix;
import org.conelab.api.matrix.StencilMatrix;
import org.junit.jupiter.api.Test;

class SolverChoiceTest {

    private static final StencilMatrix STENCIL = new StencilMatrix(5, new double[] {2, -1});
    private static final SparseMatrix CSR = new SparseMatrix(2, new int[] {0, 1, 2}, new int[] {0, 1}, new double[] {1, 1});

    @Test
    void thePipelinesSolverServesWhatItSupports() {
        SolverChoice.Chosen chosen = PropagatorConvergenceTest.choice().choose(Fixtures.DENSE, "dense", STENCIL).orElseThrow();
        assertThat(chosen.id()).isEqualTo("dense");
        assertThat(chosen.pipelines()).isTrue();
        assertThat(chosen.describe("dense", STENCIL)).isEqualTo("dense (the pipeline's solver)");
    }

    @Test
    void elseTheHighestRankedSolverThatSupportsTheStructure() {
        SolverChoice choice = PropagatorConvergenceTest.choice();
        SolverChoice.Chosen chosen = choice.choose(Fixtures.BANDED, "banded-scalar", CSR).orElseThrow();
        assertThat(chosen.id()).isEqualTo("iterative");
        assertThat(chosen.describe("banded-scalar", CSR)).isEqualTo("iterative (the pipeline's banded-scalar does not support CSR of n = 2)");
        choice.remove(Fixtures.ITERATIVE);
        assertThat(choice.choose(Fixtures.BANDED, "banded-scalar", CSR).orElseThrow().id()).isEqualTo("dense");
        choice.remove(Fixtures.DENSE);
        assertThat(choice.choose(Fixtures.BANDED, "banded-scalar", CSR)).isEmpty();
        assertThat(choice.ranked()).extracting(SolverChoice.Provider::id).containsExactly("banded-scalar");
    }

    @Test
    void structuresAreNamed() {
        assertThat(SolverChoice.structure(STENCIL)).isEqualTo("a stencil of n = 5");
        assertThat(SolverChoice.structure(new BandedMatrix(1, new double[][] {{1}}))).isEqualTo("a band matrix of n = 1");
        assertThat(SolverChoice.structure(new DenseMatrix(1, new double[] {1}))).isEqualTo("a dense matrix of n = 1");
        SolverChoice unnamed = new SolverChoice();
        unnamed.add(Fixtures.DENSE, Map.of());
        assertThat(unnamed.ranked().get(0).id()).isEqualTo("DenseSolver");
        assertThat(unnamed.ranked().get(0).ranking()).isZero();
    }
}
