package org.conelab.solver.banded;

import java.util.List;
import org.conelab.api.matrix.SymmetricMatrix;
import org.conelab.testsupport.RandomMatrices;

/** The seeded matrices the cross-solver suite tries every operation on. */
final class Fixtures {

    /** Orders: tiny, odd sizes that leave a SIMD tail (8 lanes), and several tiles long. */
    static final int[] SIZES = {1, 2, 3, 9, 17, 31, 1001};
    /** Stored half-bandwidths; 1000 ≥ n for all sizes but the last. */
    static final int[] BANDWIDTHS = {0, 1, 2, 4, 1000};

    private Fixtures() {
    }

    /** @return a random SPD stencil and banded matrix for every (n, R) of {@link #SIZES} × {@link #BANDWIDTHS} */
    static List<SymmetricMatrix> matrices() {
        return RandomMatrices.stencilsAndBanded(SIZES, BANDWIDTHS, 101);
    }
}
