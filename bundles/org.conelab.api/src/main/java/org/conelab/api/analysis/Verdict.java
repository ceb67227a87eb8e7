package org.conelab.api.analysis;

/** Whether a measured figure supports the claim it tests. */
public enum Verdict {
    /** The measurement agrees with the claim within the stated tolerance. */
    HOLDS,
    /** The measurement contradicts the claim. */
    FAILS,
    /** A measured figure with no claim to test. */
    INFO,
    /**
     * The claim could not be measured on this run (for example the dynamics diverged, or the
     * numbers left the floating-point range): neither holds nor fails.
     *
     * @since 1.1
     */
    NOT_MEASURABLE;

    /** @return {@link #HOLDS} when {@code condition}, else {@link #FAILS} */
    public static Verdict of(boolean condition) {
        return condition ? HOLDS : FAILS;
    }

    /** @return the lower-case name written in reports ({@code holds}, {@code not measurable}, …) */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
