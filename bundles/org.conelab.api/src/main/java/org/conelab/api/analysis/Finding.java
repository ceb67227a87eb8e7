package org.conelab.api.analysis;

import java.util.Objects;

/**
 * One measured figure, the claim it tests, and how it was measured.
 *
 * <p>A verdict of {@link Verdict#HOLDS} means |measured − expected| ≤ tolerance (or the stated
 * inequality) on a computation that covered what {@code coverage} says; a claim that could not be
 * measured is {@link Verdict#NOT_MEASURABLE}, with the reason in {@code method}.
 *
 * @param name a short key, such as {@code front_speed}
 * @param measured the measured value (NaN when not measurable)
 * @param expected the value the claim predicts, or NaN when there is none
 * @param tolerance the absolute tolerance the verdict was judged with, or NaN when none applies
 * @param unit the unit, such as {@code nodes/step}, or the empty string
 * @param verdict whether the measurement supports the claim
 * @param coverage which entries the computation behind it covered
 * @param method how it was measured, in a few words (or why it could not be), never null
 * @since 1.1 (tolerance, coverage, method)
 */
public record Finding(String name, double measured, double expected, double tolerance, String unit, Verdict verdict,
        Coverage coverage, String method) {

    /** Checks the non-null parts. */
    public Finding {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(coverage, "coverage");
        Objects.requireNonNull(method, "method");
    }

    /**
     * The 1.0 form: no tolerance, coverage {@link Coverage#UNSTATED}, no method.
     *
     * @param name a short key
     * @param measured the measured value
     * @param expected the predicted value or NaN
     * @param unit the unit
     * @param verdict the verdict
     */
    public Finding(String name, double measured, double expected, String unit, Verdict verdict) {
        this(name, measured, expected, Double.NaN, unit, verdict, Coverage.UNSTATED, "");
    }

    /** @return a finding with no claim attached */
    public static Finding info(String name, double measured, String unit) {
        return new Finding(name, measured, Double.NaN, unit, Verdict.INFO);
    }

    /**
     * @param name the claim's key
     * @param expected what the claim predicts, or NaN
     * @param unit the unit
     * @param reason why it could not be measured, in a few words
     * @return a finding with verdict {@link Verdict#NOT_MEASURABLE} and no measured value
     * @since 1.1
     */
    public static Finding notMeasurable(String name, double expected, String unit, String reason) {
        return new Finding(name, Double.NaN, expected, Double.NaN, unit, Verdict.NOT_MEASURABLE, Coverage.DERIVED, reason);
    }

    /**
     * @return this finding with the given coverage and method
     * @since 1.1
     */
    public Finding measuredBy(Coverage coverage, String method) {
        return new Finding(name, measured, expected, tolerance, unit, verdict, coverage, method);
    }

    /**
     * @return this finding judged with the given absolute tolerance
     * @since 1.1
     */
    public Finding withTolerance(double tolerance) {
        return new Finding(name, measured, expected, tolerance, unit, verdict, coverage, method);
    }

    /**
     * @param reason why the claim cannot be measured on this run
     * @return this finding's claim as {@link Verdict#NOT_MEASURABLE}, keeping name, expected
     *     value and unit, with the measured value dropped; an {@link Verdict#INFO} finding is
     *     returned unchanged
     * @since 1.1
     */
    public Finding unmeasurable(String reason) {
        return verdict == Verdict.INFO ? this : notMeasurable(name, expected, unit, reason);
    }
}
