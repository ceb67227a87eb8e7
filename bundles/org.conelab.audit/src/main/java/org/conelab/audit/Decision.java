package org.conelab.audit;

import java.util.ArrayList;
import java.util.List;
import org.conelab.api.audit.ClaimVerdict;

/**
 * A claim's verdict and the rows it rests on.
 *
 * @param verdict decided from the rows' verdicts by {@link #of}
 * @param cited every row the claim's evidence matched, as stated then under the condition
 * @param missing the evidence that matched no row (each makes the claim not measurable unless a row fails)
 * @param reason one sentence: why this verdict
 */
record Decision(ClaimVerdict verdict, List<FindingRow> cited, List<Evidence> missing, String reason) {

    /**
     * The verdict rule: the claim as stated <em>does not hold</em> when any cited row fails,
     * <em>holds</em> when every piece of evidence matched a row, at least one row is decisive
     * and none fails; it is <em>not measurable</em> when evidence is missing or no row decides.
     * When it does not hold as stated (or is not measurable) and the claim names a condition,
     * the conditional evidence is judged by the same rule: if it holds, the verdict is
     * <em>holds under stated conditions</em>.
     */
    static Decision of(Claim claim, List<FindingRow> rows) {
        Judged stated = judge(claim.evidence(), rows);
        Judged conditional = claim.conditional().isEmpty() ? null : judge(claim.conditional(), rows);
        List<FindingRow> cited = new ArrayList<>(stated.rows);
        List<Evidence> missing = new ArrayList<>(stated.missing);
        if (conditional != null) {
            conditional.rows.stream().filter(r -> !cited.contains(r)).forEach(cited::add);
            missing.addAll(conditional.missing);
        }
        if (stated.verdict == ClaimVerdict.HOLDS) {
            return new Decision(ClaimVerdict.HOLDS, cited, missing, "every cited finding holds as stated");
        }
        if (conditional != null && conditional.verdict == ClaimVerdict.HOLDS) {
            return new Decision(ClaimVerdict.HOLDS_UNDER_CONDITIONS, cited, missing,
                    (stated.verdict == ClaimVerdict.DOES_NOT_HOLD ? stated.failing + " of the findings as stated fail"
                            : "as stated it is not measured") + "; under the condition (" + claim.condition()
                            + ") every cited finding holds");
        }
        String reason = switch (stated.verdict) {
            case DOES_NOT_HOLD -> stated.failing + " cited finding(s) fail"
                    + (conditional == null ? "" : ", and the condition does not rescue it");
            case NOT_MEASURABLE -> stated.missing.isEmpty() ? "no cited finding is decisive (info / not measurable)"
                    : "no finding for " + stated.missing;
            default -> throw new IllegalStateException();
        };
        return new Decision(stated.verdict, cited, missing, reason);
    }

    private record Judged(ClaimVerdict verdict, List<FindingRow> rows, List<Evidence> missing, long failing) {
    }

    private static Judged judge(List<Evidence> evidence, List<FindingRow> rows) {
        List<FindingRow> matched = new ArrayList<>();
        List<Evidence> missing = new ArrayList<>();
        for (Evidence e : evidence) {
            List<FindingRow> these = rows.stream().filter(e::matches).toList();
            if (these.isEmpty()) {
                missing.add(e);
            }
            these.stream().filter(r -> !matched.contains(r)).forEach(matched::add);
        }
        long failing = matched.stream().filter(FindingRow::fails).count();
        ClaimVerdict verdict;
        if (failing > 0) {
            verdict = ClaimVerdict.DOES_NOT_HOLD;
        } else if (!missing.isEmpty() || matched.stream().noneMatch(FindingRow::decisive)) {
            verdict = ClaimVerdict.NOT_MEASURABLE;
        } else {
            verdict = ClaimVerdict.HOLDS;
        }
        return new Judged(verdict, matched, missing, failing);
    }
}
