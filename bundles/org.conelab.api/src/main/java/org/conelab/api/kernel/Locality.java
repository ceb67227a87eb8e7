package org.conelab.api.kernel;

/**
 * How far a kernel reaches in graph distance.
 *
 * @param range R when K(i, j) = 0 for every d(i, j) &gt; R (strictly local), or −1 when the
 *     kernel is not strictly local
 * @param decayLength ξ₀ when |K(i, j)| ≤ C₀·exp(−d(i, j)/ξ₀), or NaN when no decay bound is
 *     claimed
 */
public record Locality(int range, double decayLength) {

    /** @return the locality of a range-R kernel */
    public static Locality range(int range) {
        return new Locality(range, Double.NaN);
    }

    /** @return the locality of an exponentially decaying kernel that is not strictly local */
    public static Locality decaying(double decayLength) {
        return new Locality(-1, decayLength);
    }

    /** @return whether K(i, j) = 0 beyond a finite range */
    public boolean isStrictlyLocal() {
        return range >= 0;
    }
}
