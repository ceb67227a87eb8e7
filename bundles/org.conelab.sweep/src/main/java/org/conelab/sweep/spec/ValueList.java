package org.conelab.sweep.spec;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conelab.api.InvalidInputException;

/**
 * The values of one swept key, {@code sweep.<key> = …}: a comma-separated list
 * ({@code is, mse}; {@code 0.5 stable, 1.5 stable}) or a range {@code FROM:TO:COUNT}, linear by
 * default, geometric with {@code log} ({@code 1e-3:1e3:7 log} = 0.001, 0.01, …, 1000). Words
 * after a range other than {@code log} and {@code lin} are appended to every value, so
 * {@code 0.25:2.5:10 stable} sweeps fractions of the stability limit.
 *
 * <p>Range values are computed in decimal and rounded to {@link #DIGITS} significant digits, so
 * {@code 0.1:1.5:15} gives 0.1, 0.2, …, 1.5 and not 0.30000000000000004; both ends are exact.
 */
public final class ValueList {

    /** Significant digits of a range's values. */
    static final int DIGITS = 12;
    /** The most values one range may produce. */
    static final int MAX_COUNT = 100_000;

    private static final Pattern RANGE = Pattern.compile("\\s*([^\\s:,]+):([^\\s:,]+):([^\\s:,]+)((?:\\s+\\S+)*)\\s*");
    private static final MathContext ROUND = new MathContext(DIGITS);

    private ValueList() {
    }

    /**
     * @param swept the swept pipeline key, {@code targets.sigma}
     * @param text the value of its sweep key {@code sweep.<swept>}
     * @return the axis: its values in order, at least one, and whether they are a {@code log} range
     * @throws InvalidInputException naming {@code key} for an empty list or element, or a
     *     malformed range (ends that are not numbers, a count below 1, {@code log} with an end ≤ 0)
     */
    public static Axis parse(String swept, String text) {
        String key = SweepSpec.PREFIX + swept;
        Matcher range = RANGE.matcher(text);
        if (range.matches()) {
            boolean log = List.of(range.group(4).strip().split("\\s+")).contains("log");
            return new Axis(swept, range(key, text.strip(), range.group(1), range.group(2), range.group(3), range.group(4)), log);
        }
        if (text.contains(":") && !text.contains(",") && looksNumeric(text)) {
            throw malformed(key, text.strip(), "a range is FROM:TO:COUNT [log]");
        }
        List<String> values = Arrays.stream(text.split(",", -1)).map(String::strip).toList();
        if (values.stream().anyMatch(String::isEmpty)) {
            throw new InvalidInputException(key, "empty value in '" + text.strip() + "'; give v1, v2, … or a range FROM:TO:COUNT [log]");
        }
        return new Axis(swept, values, false);
    }

    private static boolean looksNumeric(String text) {
        return text.strip().matches("[-+0-9.eE:]+(\\s.*)?");
    }

    private static List<String> range(String key, String text, String fromText, String toText, String countText, String words) {
        BigDecimal from = number(key, text, fromText);
        BigDecimal to = number(key, text, toText);
        int count;
        try {
            count = Integer.parseInt(countText);
        } catch (NumberFormatException e) {
            throw malformed(key, text, "COUNT '" + countText + "' is not a whole number");
        }
        if (count < 1 || count > MAX_COUNT) {
            throw malformed(key, text, "COUNT must be between 1 and " + MAX_COUNT + ", got " + count);
        }
        boolean log = false;
        StringBuilder suffix = new StringBuilder();
        for (String word : words.strip().isEmpty() ? new String[0] : words.strip().split("\\s+")) {
            if (word.equals("log")) {
                log = true;
            } else if (!word.equals("lin")) {
                suffix.append(' ').append(word);
            }
        }
        if (count == 1 && from.compareTo(to) != 0) {
            throw malformed(key, text, "COUNT 1 needs FROM = TO");
        }
        if (log && (from.signum() <= 0 || to.signum() <= 0)) {
            throw malformed(key, text, "a log range needs FROM > 0 and TO > 0");
        }
        List<String> values = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            BigDecimal value = k == 0 ? from : k == count - 1 ? to : log ? geometric(from, to, k, count) : linear(from, to, k, count);
            values.add(plain(value) + suffix);
        }
        return values;
    }

    // x_k = from + k·(to − from)/(count − 1)
    private static BigDecimal linear(BigDecimal from, BigDecimal to, int k, int count) {
        BigDecimal step = to.subtract(from).divide(BigDecimal.valueOf(count - 1L), MathContext.DECIMAL128);
        return from.add(step.multiply(BigDecimal.valueOf(k))).round(ROUND);
    }

    // x_k = from·(to/from)^(k/(count − 1))
    private static BigDecimal geometric(BigDecimal from, BigDecimal to, int k, int count) {
        double exponent = (double) k / (count - 1);
        double value = from.doubleValue() * Math.pow(to.doubleValue() / from.doubleValue(), exponent);
        return new BigDecimal(value).round(ROUND);
    }

    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        int magnitude = stripped.precision() - stripped.scale() - 1;
        return magnitude < -6 || magnitude > 15 ? stripped.toString() : stripped.toPlainString();
    }

    private static BigDecimal number(String key, String text, String part) {
        try {
            BigDecimal value = new BigDecimal(part);
            if (value.abs().compareTo(BigDecimal.valueOf(Double.MAX_VALUE)) > 0) {
                throw malformed(key, text, "'" + part + "' is out of range");
            }
            return value;
        } catch (NumberFormatException e) {
            throw malformed(key, text, "'" + part + "' is not a number");
        }
    }

    private static InvalidInputException malformed(String key, String text, String problem) {
        return new InvalidInputException(key, "malformed range '" + text + "': " + problem);
    }
}
