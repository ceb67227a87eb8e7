package org.conelab.api.analysis;

/**
 * One measured figure and the claim it tests.
 *
 * @param name a short key, such as {@code front_speed}
 * @param measured the measured value
 * @param expected the value the claim predicts, or NaN when there is none
 * @param unit the unit, such as {@code nodes/step}, or the empty string
 * @param verdict whether the measurement supports the claim
 */
public record Finding(String name, double measured, double expected, String unit, Verdict verdict) {

    /** @return a finding with no claim attached */
    public static Finding info(String name, double measured, String unit) {
        return new Finding(name, measured, Double.NaN, unit, Verdict.INFO);
    }
}
