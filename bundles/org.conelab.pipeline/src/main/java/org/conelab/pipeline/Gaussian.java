package org.conelab.pipeline;

import java.util.SplittableRandom;

/** Standard normal variates from a {@link SplittableRandom}, by the Box–Muller transform. */
final class Gaussian {

    private Gaussian() {
    }

    /** @return z ~ N(0, 1): z = √(−2 ln u₁)·cos(2π u₂) with u₁ ∈ (0, 1], u₂ ∈ [0, 1) */
    static double next(SplittableRandom random) {
        double u1 = 1.0 - random.nextDouble();
        double u2 = random.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2.0 * Math.PI * u2);
    }
}
