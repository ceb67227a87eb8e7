package org.conelab.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.conelab.api.InvalidInputException;
import org.conelab.api.kernel.Kernel;
import org.conelab.api.kernel.Locality;
import org.conelab.api.matrix.BandedMatrix;
import org.conelab.api.matrix.DenseMatrix;
import org.conelab.api.matrix.SparseMatrix;
import org.conelab.api.matrix.StencilMatrix;
import org.conelab.api.matrix.SymmetricMatrix;
import org.junit.jupiter.api.Test;

class TargetScaledKernelTest {

    private static final double[] Y = {0.5, 2.0, 3.0, 0.25};

    @Test
    void everyStorageIsScaledEntryByEntryAndKeepsItsRange() {
        StencilMatrix stencil = new StencilMatrix(4, new double[] {1.0, 0.4});
        double[] dense = new double[16];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                dense[i * 4 + j] = stencil.entry(i, j);
            }
        }
        SparseMatrix sparse = new SparseMatrix(4, new int[] {0, 2, 5, 8, 10}, new int[] {0, 1, 0, 1, 2, 1, 2, 3, 2, 3},
                new double[] {1, 0.4, 0.4, 1, 0.4, 0.4, 1, 0.4, 0.4, 1});
        for (SymmetricMatrix k0 : List.of(stencil, new BandedMatrix(4, new double[][] {{1, 1, 1, 1}, {0.4, 0.4, 0.4}}),
                sparse, new DenseMatrix(4, dense))) {
            Kernel scaled = TargetScaledKernel.applyIf("targets", new Kernel(k0, Locality.range(1), Map.of()), Y);
            for (int i = 0; i < 4; i++) {
                for (int j = 0; j < 4; j++) {
                    assertThat(scaled.matrix().entry(i, j)).as("%s (%d, %d)", k0.getClass().getSimpleName(), i, j)
                            .isEqualTo(Y[i] * k0.entry(i, j) * Y[j]);
                }
            }
            assertThat(scaled.matrix().halfBandwidth()).isEqualTo(1);
            assertThat(scaled.locality().range()).isEqualTo(1);
            assertThat(scaled.report()).containsKey("scaling");
        }
    }

    @Test
    void noneLeavesTheKernelAndAnythingElseNamesTheKey() {
        Kernel k = new Kernel(new StencilMatrix(4, new double[] {1.0}), Locality.range(0), Map.of());
        assertThat(TargetScaledKernel.applyIf("none", k, Y)).isSameAs(k);
        assertThatThrownBy(() -> TargetScaledKernel.applyIf("y", k, Y)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("kernel_scaling");
    }
}
