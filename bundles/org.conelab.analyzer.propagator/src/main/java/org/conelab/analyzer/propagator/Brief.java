package org.conelab.analyzer.propagator;

import java.math.BigDecimal;
import java.util.Locale;

/** Numbers for people in the analyzer's texts: six significant digits, without trailing zeros (1, 0.1, 1.41421, 1e+06). */
final class Brief {

    private Brief() {
    }

    static String of(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        String six = String.format(Locale.ROOT, "%.6g", value);
        if (six.contains("e")) {
            return six.replaceAll("\\.?0+e", "e");
        }
        return new BigDecimal(six).stripTrailingZeros().toPlainString();
    }
}
