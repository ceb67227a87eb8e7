package org.conelab.api.analysis;

/**
 * How a finding was obtained: which entries the computation behind it covered.
 *
 * @since 1.1
 */
public enum Coverage {
    /** Computed on every one of the n entries (a full-vector product, or a solver that computes every entry). */
    ALL_ENTRIES,
    /** Computed on a window of entries; entries outside it are zero by the stored matrix's structure. */
    WINDOW,
    /** Exact reachability in the non-zero pattern of the stored matrix: independent of floating point. */
    STRUCTURAL,
    /** Derived from other findings or from a closed form, not from a new computation on the entries. */
    DERIVED,
    /** Not stated (findings of analyzers written against API 1.0). */
    UNSTATED;

    /** @return the lower-case name written in reports, with spaces */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
