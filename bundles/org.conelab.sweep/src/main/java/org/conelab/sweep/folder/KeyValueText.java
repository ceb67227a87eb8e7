package org.conelab.sweep.folder;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The text of {@code sweep.properties}: a comment line, then one {@code key = value} line per
 * entry, in order. Backslashes and line breaks in values are escaped ({@code \\}, {@code \n}),
 * so every value, spaces and {@code #} included, reads back exactly.
 */
final class KeyValueText {

    private KeyValueText() {
    }

    static String format(String comment, Map<String, String> values) {
        StringBuilder text = new StringBuilder("# ").append(comment).append('\n');
        values.forEach((key, value) -> text.append(key).append(" = ")
                .append(value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r")).append('\n'));
        return text.toString();
    }

    /** @return the entries of text written by {@link #format}, in order */
    static Map<String, String> parse(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            int eq = line.indexOf(" = ");
            if (line.startsWith("#") || eq < 0) {
                continue;
            }
            values.put(line.substring(0, eq), unescape(line.substring(eq + 3)));
        }
        return values;
    }

    private static String unescape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
