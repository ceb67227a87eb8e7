package org.conelab.analyzer.propagator.field;

import java.util.function.DoubleUnaryOperator;

/**
 * The Dirichlet Green's function of the box [−L, L]^d with the source at its centre, by the
 * method of images: G_box(x) = Σ_{k ∈ ℤ^d} (−1)^{k_1 + … + k_d}·G(|x − 2L·k|) for a radial
 * free-space G. Reflecting the source in the walls x_a = ±L puts images at 2L·k with the sign
 * of the parity of the number of reflections; every pair of images mirror to each other in a
 * wall cancels there, so the sum is 0 on every wall and solves the same equation inside. The
 * sum is taken over the images within {@code reach} of the point (G below rounding beyond
 * it) — the caller chooses the reach from G's decay — and at most {@code maxImages} per axis
 * on either side, for a G that decays too slowly for all of them to matter.
 */
public final class BoxImages {

    private final int dimension;
    private final double halfWidth;
    private final int maxImages;

    /**
     * @param dimension d
     * @param halfWidth L &gt; 0
     * @param maxImages the most images per axis on either side of the box, ≥ 0
     */
    public BoxImages(int dimension, double halfWidth, int maxImages) {
        this.dimension = dimension;
        this.halfWidth = halfWidth;
        this.maxImages = maxImages;
    }

    /** @return L */
    public double halfWidth() {
        return halfWidth;
    }

    /**
     * @param x a point in the box, length d
     * @param free the free-space G(r), r ≥ 0 (never called at r = 0 for a point off the source's images)
     * @param reach images farther than this from x are left out (the k = 0 source never is)
     * @return Σ_k (−1)^{|k|₁}·G(|x − 2L·k|)
     */
    public double sum(double[] x, DoubleUnaryOperator free, double reach) {
        int images = (int) Math.min(maxImages, Math.ceil((reach + halfWidth) / (2 * halfWidth)));
        int[] k = new int[dimension];
        java.util.Arrays.fill(k, -images);
        double total = 0;
        double reachSquared = reach * reach;
        while (true) {
            double r2 = 0;
            int parity = 0;
            for (int a = 0; a < dimension; a++) {
                double d = x[a] - 2 * halfWidth * k[a];
                r2 += d * d;
                parity += Math.abs(k[a]);
            }
            boolean source = parity == 0;
            if (source || r2 <= reachSquared) {
                double g = free.applyAsDouble(Math.sqrt(r2));
                // the sign (−1)^{k_1 + … + k_d}
                total += (parity & 1) == 0 ? g : -g;
            }
            int a = 0;
            while (a < dimension && ++k[a] > images) {
                k[a] = -images;
                a++;
            }
            if (a == dimension) {
                return total;
            }
        }
    }
}
