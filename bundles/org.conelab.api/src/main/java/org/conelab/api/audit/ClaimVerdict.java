package org.conelab.api.audit;

/** A claim's verdict, decided by the verdicts of the findings it cites. */
public enum ClaimVerdict {
    /** every cited decisive finding holds */
    HOLDS,
    /** the claim fails as stated but holds under the named conditions */
    HOLDS_UNDER_CONDITIONS,
    /** a cited decisive finding fails and no stated condition rescues it */
    DOES_NOT_HOLD,
    /** no cited finding decides the claim (missing, informational or not measurable) */
    NOT_MEASURABLE;

    /** @return the verdict as words: "holds", "holds under stated conditions", … */
    public String label() {
        return switch (this) {
            case HOLDS -> "holds";
            case HOLDS_UNDER_CONDITIONS -> "holds under stated conditions";
            case DOES_NOT_HOLD -> "does not hold";
            case NOT_MEASURABLE -> "not measurable";
        };
    }
}
