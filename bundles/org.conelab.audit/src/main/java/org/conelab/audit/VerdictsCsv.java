package org.conelab.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** {@code verdicts.csv}: one row per cited finding of every claim: claim, verdict, then the finding's CSV, line and cells. */
final class VerdictsCsv {

    static final String HEADER = "claim,claim_verdict,csv,line,analyzer,finding,measured,expected,verdict";

    private VerdictsCsv() {
    }

    static void write(Path file, List<ReportPage.Section> sections) throws IOException {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        for (ReportPage.Section s : sections) {
            if (s.decision().cited().isEmpty()) {
                text.append(String.join(",", s.claim().id(), s.decision().verdict().label(), "", "", "", "", "", "", "")).append('\n');
            }
            for (FindingRow r : s.decision().cited()) {
                text.append(String.join(",", List.of(s.claim().id(), s.decision().verdict().label(), r.csv(), Integer.toString(r.line()),
                        r.analyzer(), r.finding(), r.measured(), r.expected(), r.verdict()).stream().map(FindingsCsv::quote).toList()))
                        .append('\n');
            }
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
