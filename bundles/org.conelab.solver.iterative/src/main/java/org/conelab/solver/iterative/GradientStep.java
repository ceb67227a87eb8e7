package org.conelab.solver.iterative;

/**
 * One step of the linearised dynamics, e ← (I − η·K·W)·e computed as e ← e − η·K·(w∘e): one
 * product with K and two passes over the vectors. Holds two work vectors, so an instance is not
 * for concurrent use.
 */
final class GradientStep {

    private final LinearOperator kernel;
    private final double[] weights;
    private final double eta;
    private final double[] weighted;
    private final double[] product;

    /**
     * @param kernel K
     * @param weights w (read, not copied)
     * @param eta η
     */
    GradientStep(LinearOperator kernel, double[] weights, double eta) {
        this.kernel = kernel;
        this.weights = weights;
        this.eta = eta;
        this.weighted = new double[weights.length];
        this.product = new double[weights.length];
    }

    /** @param error e, overwritten with (I − ηKW)·e */
    void apply(double[] error) {
        for (int i = 0; i < weighted.length; i++) {
            // u = w ∘ e
            weighted[i] = weights[i] * error[i];
        }
        kernel.apply(weighted, product);
        for (int i = 0; i < weighted.length; i++) {
            // e ← e − η·K·u
            error[i] -= eta * product[i];
        }
    }
}
