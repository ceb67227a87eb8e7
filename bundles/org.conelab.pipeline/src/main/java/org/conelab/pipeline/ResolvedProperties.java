package org.conelab.pipeline;

import java.util.Map;

/** Formats a resolved specification as a {@code .properties} file that repeats the run. */
final class ResolvedProperties {

    private ResolvedProperties() {
    }

    /** @return one {@code key = value} line per key, in the given order, with a header comment */
    static String format(Map<String, String> resolved) {
        return format("conelab resolved pipeline: run it again with ./conelab run <this file>", resolved);
    }

    /** @return {@code # header}, then one {@code key = value} line per key, in the given order */
    static String format(String header, Map<String, String> values) {
        StringBuilder text = new StringBuilder("# ").append(header).append('\n');
        values.forEach((key, value) -> text.append(key).append(" = ").append(escape(value)).append('\n'));
        return text.toString();
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\n", "\\n");
    }
}
