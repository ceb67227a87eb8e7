package org.conelab.analyzer.propagator.fit;

import java.util.Locale;

/**
 * The shape a profile shows within a window, by the rule of {@link ProfileShape}. {@link #code()}
 * is what the analyzer's numeric tables carry.
 */
public enum Shape {
    /** Below the accuracy floor within a few spacings of the source: a contact term, shorter than the lattice resolves. */
    CONTACT(0),
    /** A massive (exponential, Yukawa) decay whose length ℓ lies within the window. */
    EXPONENTIAL(1),
    /** A power law with offset of exponent p ≈ −1: G ≈ a − b·r. */
    LINEAR(2),
    /** The p → 0 power law: G ≈ a − b·ln r. */
    LOGARITHMIC(3),
    /** A power law with offset G ≈ A·r^{−p} + c, p away from −1 and 0. */
    POWER_LAW(4);

    private final int code;

    Shape(int code) {
        this.code = code;
    }

    /** @return the number tables use: 0 contact, 1 exponential, 2 linear, 3 logarithmic, 4 power law */
    public int code() {
        return code;
    }

    /** @return the lower-case name, with spaces */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
