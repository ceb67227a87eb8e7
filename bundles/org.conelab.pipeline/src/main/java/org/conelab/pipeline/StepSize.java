package org.conelab.pipeline;

import java.util.Locale;
import org.conelab.api.InvalidInputException;

/**
 * The step-size rule of a pipeline: an absolute η, or a fraction of the linear-stability limit
 * 2/λ_max(S) of each loss ({@code eta = 0.5 stable}).
 *
 * @param value the absolute η, or the fraction of the limit
 * @param relativeToLimit whether {@code value} is a fraction of 2/λ_max
 */
record StepSize(double value, boolean relativeToLimit) {

    private static final String STABLE = "stable";

    /**
     * @param key the key being parsed, for errors
     * @param text {@code 0.01} or {@code 0.5 stable}
     * @return the rule
     */
    static StepSize parse(String key, String text) {
        String[] words = text.trim().split("\\s+");
        boolean relative = words.length == 2 && words[1].toLowerCase(Locale.ROOT).equals(STABLE);
        if (words.length > 2 || (words.length == 2 && !relative)) {
            throw new InvalidInputException(key, "must be a number, or a fraction followed by 'stable', got '" + text + "'");
        }
        double value;
        try {
            value = Double.parseDouble(words[0]);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(key, "must be a number, or a fraction followed by 'stable', got '" + text + "'");
        }
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new InvalidInputException(key, "must be > 0, got '" + text + "'");
        }
        return new StepSize(value, relative);
    }

    /**
     * @param limit 2/λ_max(S) for the loss at hand
     * @return the absolute η
     */
    double resolve(double limit) {
        return relativeToLimit ? value * limit : value;
    }

    @Override
    public String toString() {
        return relativeToLimit ? value + " " + STABLE : Double.toString(value);
    }
}
