package org.conelab.api.solver;

import org.conelab.api.matrix.SymmetricMatrix;

/**
 * The linearised gradient-descent map e ↦ (I − ηKW)e with W = diag(w).
 *
 * @param kernel the symmetric kernel K, n×n
 * @param weights the diagonal w of W (the loss curvature at f = y), length n, all &gt; 0
 * @param eta the step size η
 */
public record LinearDynamics(SymmetricMatrix kernel, double[] weights, double eta) {

    /** Checks that the weights match the kernel. */
    public LinearDynamics {
        if (weights.length != kernel.size()) {
            throw new IllegalArgumentException(
                    "weights have length " + weights.length + ", kernel has order " + kernel.size());
        }
    }

    /** @return n */
    public int size() {
        return kernel.size();
    }
}
