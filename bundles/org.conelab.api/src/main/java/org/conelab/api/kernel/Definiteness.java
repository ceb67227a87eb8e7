package org.conelab.api.kernel;

/**
 * What is known of a symmetric kernel's definiteness, from proven bounds on λ_min.
 *
 * @since 1.1
 */
public enum Definiteness {
    /** λ_min &gt; 0 is proven. */
    POSITIVE_DEFINITE,
    /** λ_min ≥ 0 is proven, λ_min &gt; 0 is not. */
    POSITIVE_SEMIDEFINITE,
    /** λ_min &lt; 0 is proven: not a valid (Neural Tangent) kernel. */
    INDEFINITE,
    /** Neither sign of λ_min is proven. */
    UNKNOWN;

    /** @return the lower-case name written in reports, with spaces */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
