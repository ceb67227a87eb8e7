package org.conelab.pipeline;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.conelab.api.InvalidInputException;
import org.conelab.api.kernel.Kernel;
import org.conelab.api.kernel.KernelFacts;
import org.conelab.api.kernel.Locality;
import org.conelab.api.matrix.BandedMatrix;
import org.conelab.api.matrix.DenseMatrix;
import org.conelab.api.matrix.SparseMatrix;
import org.conelab.api.matrix.StencilMatrix;
import org.conelab.api.matrix.SymmetricMatrix;
import org.conelab.api.solver.SpectrumBounds;
import org.junit.jupiter.api.Test;

class KernelCheckTest {

    private static Kernel kernel(SymmetricMatrix matrix) {
        return new Kernel(matrix, Locality.range(1), Map.of());
    }

    @Test
    void aKernelOneRowShortIsRefusedNamingTheProviderAndBothSizes() {
        assertThatThrownBy(() -> KernelCheck.shape("rbf", kernel(new StencilMatrix(50, new double[] {1, 0.2})), 51))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("kernel: 'rbf' returned a 50 × 50 matrix for a graph of 51 nodes");
    }

    @Test
    void aNonFiniteStoredEntryIsRefusedWithItsIndex() {
        double[][] diagonals = {{1, 1, 1}, {0.1, Double.NaN}};
        assertThatThrownBy(() -> KernelCheck.shape("mine", kernel(new BandedMatrix(3, diagonals)), 3))
                .hasMessage("kernel: 'mine' returned K(2, 1) = NaN, not a finite number");
        assertThatThrownBy(() -> KernelCheck.shape("mine", kernel(new StencilMatrix(3, new double[] {1, Double.POSITIVE_INFINITY})), 3))
                .hasMessage("kernel: 'mine' returned stencil coefficient 1 = Infinity, not a finite number");
    }

    @Test
    void anAsymmetricDenseOrSparseKernelIsRefusedWithTheEntriesThatDiffer() {
        double[] dense = {2, 0.5, 0, 0.4, 2, 0, 0, 0, 2};
        assertThatThrownBy(() -> KernelCheck.shape("dense-one", kernel(new DenseMatrix(3, dense)), 3))
                .hasMessage("kernel: 'dense-one' returned a matrix that is not symmetric: K(1, 0) = 0.4 but K(0, 1) = 0.5");
        // row 0 stores (0, 1) = 1e-300; row 1 stores nothing in column 0: a one-sided leak
        SparseMatrix sparse = new SparseMatrix(2, new int[] {0, 2, 3}, new int[] {0, 1, 1}, new double[] {1, 1e-300, 1});
        assertThatThrownBy(() -> KernelCheck.shape("sparse-one", kernel(sparse), 2))
                .hasMessage("kernel: 'sparse-one' returned a matrix that is not symmetric: K(0, 1) = 1.0E-300 but K(1, 0) = 0.0");
    }

    @Test
    void symmetryToRoundingAndEveryStorageOfAGoodKernelPass() {
        double a = 0.1 + 0.2;
        double b = 0.3;
        double[] dense = {1, a, a, 1};
        dense[2] = b;
        assertThatCode(() -> KernelCheck.shape("k", kernel(new DenseMatrix(2, dense)), 2)).doesNotThrowAnyException();
        SparseMatrix sparse = new SparseMatrix(2, new int[] {0, 2, 4}, new int[] {0, 1, 0, 1}, new double[] {1, 0.2, 0.2, 1});
        assertThatCode(() -> KernelCheck.shape("k", kernel(sparse), 2)).doesNotThrowAnyException();
        assertThatCode(() -> KernelCheck.shape("k", kernel(new BandedMatrix(2, new double[][] {{1, 1}, {0.3}})), 2))
                .doesNotThrowAnyException();
    }

    @Test
    void aSpectrumWhollyBelowZeroProvesTheKernelIndefinite() {
        Kernel claimed = new Kernel(new StencilMatrix(3, new double[] {1, 0.8}), Locality.range(1), Map.of(),
                KernelFacts.enclosed(0.1, 2, "claimed"));
        assertThatThrownBy(() -> KernelCheck.definite("liar", claimed, new SpectrumBounds(-0.31, 1.8, 1e-15, 1e-15), "banded"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("kernel: 'liar' returned a kernel that is not positive semi-definite: "
                        + "λ_min(W^½KW^½) = -0.310000 ± 1.0e-15 (solver banded)")
                .hasMessageContaining("although the generator states it is positive definite");
    }

    @Test
    void aZeroEigenvalueWithinTheSolversBoundIsSemidefiniteAndPasses() {
        Kernel singular = kernel(new StencilMatrix(3, new double[] {1, 0.5}));
        assertThatCode(() -> KernelCheck.definite("k", singular, new SpectrumBounds(-1e-17, 2, 1e-15, 1e-15), "dense"))
                .doesNotThrowAnyException();
    }
}
