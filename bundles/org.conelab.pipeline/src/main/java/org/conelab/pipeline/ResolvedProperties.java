package org.conelab.pipeline;

import java.util.Map;

/** Formats a resolved specification as a {@code .properties} file that repeats the run. */
final class ResolvedProperties {

    private ResolvedProperties() {
    }

    /** @return one {@code key = value} line per key, in the given order, with a header comment */
    static String format(Map<String, String> resolved) {
        StringBuilder text = new StringBuilder("# conelab resolved pipeline: run it again with ./conelab run <this file>\n");
        resolved.forEach((key, value) -> text.append(key).append(" = ").append(escape(value)).append('\n'));
        return text.toString();
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\n", "\\n");
    }
}
