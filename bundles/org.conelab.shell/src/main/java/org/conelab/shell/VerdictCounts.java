package org.conelab.shell;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.conelab.api.analysis.Finding;
import org.conelab.api.analysis.Verdict;

/** How many findings of a run have each verdict, as {@code 11 holds, 0 fails, 2 not measurable, 3 info}. */
final class VerdictCounts {

    private VerdictCounts() {
    }

    /** @return holds and fails always, not measurable and info when there are any */
    static String of(Map<String, List<Finding>> findings) {
        Map<Verdict, Integer> tally = new EnumMap<>(Verdict.class);
        findings.values().forEach(list -> list.forEach(f -> tally.merge(f.verdict(), 1, Integer::sum)));
        StringBuilder text = new StringBuilder().append(tally.getOrDefault(Verdict.HOLDS, 0)).append(" holds, ")
                .append(tally.getOrDefault(Verdict.FAILS, 0)).append(" fails");
        if (tally.containsKey(Verdict.NOT_MEASURABLE)) {
            text.append(", ").append(tally.get(Verdict.NOT_MEASURABLE)).append(" not measurable");
        }
        if (tally.containsKey(Verdict.INFO)) {
            text.append(", ").append(tally.get(Verdict.INFO)).append(" info");
        }
        return text.toString();
    }
}
