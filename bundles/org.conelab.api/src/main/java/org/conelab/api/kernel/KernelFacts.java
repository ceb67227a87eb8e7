package org.conelab.api.kernel;

import java.util.Objects;

/**
 * What a generator proves about its kernel's spectrum, as intervals that contain the true values:
 * λ_min(K) ∈ [lambdaMinLower, lambdaMinUpper] and λ_max(K) ∈ [lambdaMaxLower, lambdaMaxUpper].
 * An exact value is an interval of width 0 (to rounding); a bound alone leaves the other end
 * infinite; nothing known is (−∞, ∞). The definiteness follows from the λ_min interval.
 *
 * @param lambdaMinLower a proven lower bound on λ_min (−∞ when none)
 * @param lambdaMinUpper a proven upper bound on λ_min (+∞ when none)
 * @param lambdaMaxLower a proven lower bound on λ_max (−∞ when none)
 * @param lambdaMaxUpper a proven upper bound on λ_max (+∞ when none)
 * @param method how the bounds were obtained, in a few words (closed form, construction, …)
 * @since 1.1
 */
public record KernelFacts(double lambdaMinLower, double lambdaMinUpper, double lambdaMaxLower, double lambdaMaxUpper,
        String method) {

    /** Checks that every interval is ordered and nothing is NaN. */
    public KernelFacts {
        Objects.requireNonNull(method, "method");
        if (!(lambdaMinLower <= lambdaMinUpper) || !(lambdaMaxLower <= lambdaMaxUpper)) {
            throw new IllegalArgumentException("kernel facts need ordered, non-NaN intervals: λ_min in [" + lambdaMinLower + ", "
                    + lambdaMinUpper + "], λ_max in [" + lambdaMaxLower + ", " + lambdaMaxUpper + "]");
        }
    }

    /** @return nothing known */
    public static KernelFacts unknown() {
        return new KernelFacts(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
                Double.POSITIVE_INFINITY, "not stated by the generator");
    }

    /**
     * @param lambdaMin λ_min, exact (to rounding)
     * @param lambdaMax λ_max, exact (to rounding)
     * @param method how they were obtained
     * @return facts with both extremes known
     */
    public static KernelFacts exact(double lambdaMin, double lambdaMax, String method) {
        return new KernelFacts(lambdaMin, lambdaMin, lambdaMax, lambdaMax, method);
    }

    /**
     * @param lower a proven lower bound on every eigenvalue
     * @param upper a proven upper bound on every eigenvalue
     * @param method how they were obtained
     * @return facts with the spectrum enclosed in [lower, upper]
     */
    public static KernelFacts enclosed(double lower, double upper, String method) {
        return new KernelFacts(lower, upper, lower, upper, method);
    }

    /** @return the definiteness the λ_min interval proves */
    public Definiteness definiteness() {
        if (lambdaMinLower > 0) {
            return Definiteness.POSITIVE_DEFINITE;
        }
        if (lambdaMinLower >= 0) {
            return Definiteness.POSITIVE_SEMIDEFINITE;
        }
        return lambdaMinUpper < 0 ? Definiteness.INDEFINITE : Definiteness.UNKNOWN;
    }
}
