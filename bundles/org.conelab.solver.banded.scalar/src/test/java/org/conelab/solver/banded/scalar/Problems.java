package org.conelab.solver.banded.scalar;

import java.util.List;
import org.conelab.api.matrix.SymmetricMatrix;
import org.conelab.testsupport.RandomMatrices;

/** The seeded matrices every operation of this suite is tried on. */
final class Problems {

    /** Orders: tiny, odd sizes that leave a SIMD tail, one longer than several tiles. */
    static final int[] SIZES = {1, 2, 3, 17, 31, 1001};
    /** Stored half-bandwidths; 1000 ≥ n for every size above but the last. */
    static final int[] BANDWIDTHS = {0, 1, 2, 4, 1000};

    private Problems() {
    }

    /** @return a random SPD stencil and banded matrix for every (n, R) of {@link #SIZES} × {@link #BANDWIDTHS} */
    static List<SymmetricMatrix> matrices() {
        return RandomMatrices.stencilsAndBanded(SIZES, BANDWIDTHS, 11);
    }
}
