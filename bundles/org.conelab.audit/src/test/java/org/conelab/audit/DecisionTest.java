package org.conelab.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.conelab.api.audit.ClaimVerdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The verdict rule: a claim's verdict from given findings, and the rows it cites. */
class DecisionTest {

    @TempDir
    Path folder;

    private static final Claim CONE = Claim.plain("cone", "cone", "q", "t", List.of(
            new Evidence("a", "lightcone", "front_speed*"), new Evidence("a", "lightcone", "outside_cone_nonzero")));
    private static final Claim CONDITIONAL = new Claim("kappa", "kappa", "q", "t",
            List.of(new Evidence("plain", "spectrum", "kappa_ratio")), "the kernel follows the targets",
            List.of(new Evidence("scaled", "spectrum", "kappa_ratio")));

    @Test
    void holdsWhenEveryCitedFindingHolds() {
        Decision d = Decision.of(CONE, List.of(row("a", "lightcone", "front_speed", "holds"),
                row("a", "lightcone", "front_speed.mse", "holds"), row("a", "lightcone", "outside_cone_nonzero", "holds"),
                row("a", "lightcone", "numeric_front_speed", "info")));
        assertThat(d.verdict()).isEqualTo(ClaimVerdict.HOLDS);
        assertThat(d.cited()).extracting(FindingRow::finding)
                .containsExactly("front_speed", "front_speed.mse", "outside_cone_nonzero");
    }

    @Test
    void doesNotHoldWhenOneCitedFindingFails() {
        Decision d = Decision.of(CONE, List.of(row("a", "lightcone", "front_speed", "holds"),
                row("a", "lightcone", "front_speed.mse", "fails"), row("a", "lightcone", "outside_cone_nonzero", "holds")));
        assertThat(d.verdict()).isEqualTo(ClaimVerdict.DOES_NOT_HOLD);
        assertThat(d.reason()).contains("1 cited finding(s) fail");
    }

    @Test
    void isNotMeasurableWhenEvidenceIsMissingOrOnlyInformational() {
        assertThat(Decision.of(CONE, List.of(row("a", "lightcone", "front_speed", "holds"))).verdict())
                .isEqualTo(ClaimVerdict.NOT_MEASURABLE);
        assertThat(Decision.of(CONE, List.of(row("a", "lightcone", "front_speed", "info"),
                row("a", "lightcone", "outside_cone_nonzero", "not measurable"))).verdict()).isEqualTo(ClaimVerdict.NOT_MEASURABLE);
        assertThat(Decision.of(CONE, List.of(row("b", "lightcone", "front_speed", "holds"),
                row("b", "lightcone", "outside_cone_nonzero", "holds"))).verdict()).as("another run's rows").isEqualTo(ClaimVerdict.NOT_MEASURABLE);
    }

    @Test
    void holdsUnderTheConditionWhenOnlyTheConditionalRunHolds() {
        Decision d = Decision.of(CONDITIONAL, List.of(row("plain", "spectrum", "kappa_ratio", "fails"),
                row("scaled", "spectrum", "kappa_ratio", "holds")));
        assertThat(d.verdict()).isEqualTo(ClaimVerdict.HOLDS_UNDER_CONDITIONS);
        assertThat(d.reason()).contains("the kernel follows the targets");
        assertThat(d.cited()).extracting(FindingRow::run).containsExactly("plain", "scaled");

        assertThat(Decision.of(CONDITIONAL, List.of(row("plain", "spectrum", "kappa_ratio", "fails"),
                row("scaled", "spectrum", "kappa_ratio", "fails"))).verdict()).isEqualTo(ClaimVerdict.DOES_NOT_HOLD);
        assertThat(Decision.of(CONDITIONAL, List.of(row("plain", "spectrum", "kappa_ratio", "holds"),
                row("scaled", "spectrum", "kappa_ratio", "fails"))).verdict()).as("holds as stated").isEqualTo(ClaimVerdict.HOLDS);
    }

    @Test
    void everyCitedRowIsALineOfItsCsv() throws IOException {
        Path csv = folder.resolve("findings.csv");
        Files.writeString(csv, String.join(",", FindingsCsv.COLUMNS) + "\n"
                + "lightcone,kernel_reach,0,0,0,entries,holds,all entries,structural\n"
                + "lightcone,front_speed,1,1,0,nodes/step,holds,all entries,\"window, fitted\"\n"
                + "lightcone,outside_cone_nonzero,0,0,0,entries,holds,structural,x\n"
                + "lightcone,front_speed.mse,1,1,0,nodes/step,holds,all entries,x\n");
        List<FindingRow> rows = FindingsCsv.read(csv, "a", "a/findings.csv");
        Decision d = Decision.of(CONE, rows);
        assertThat(d.verdict()).isEqualTo(ClaimVerdict.HOLDS);
        List<String> lines = Files.readAllLines(csv);
        for (FindingRow r : d.cited()) {
            List<String> cells = FindingsCsv.fields(lines.get(r.line() - 1));
            assertThat(cells.subList(0, 2)).containsExactly(r.analyzer(), r.finding());
            assertThat(cells.get(6)).isEqualTo(r.verdict());
        }
    }

    @Test
    void everyPaperClaimIsDecidedFromRowsAndCitesOnlyItsOwnRuns() {
        List<FindingRow> rows = new ArrayList<>();
        for (Claim c : PaperClaims.all()) {
            for (Evidence e : c.evidence()) {
                rows.add(row(e.run(), e.analyzer().replace("*", "x"), e.finding().replace("*", ""), "holds"));
            }
        }
        for (Claim c : PaperClaims.all()) {
            Decision d = Decision.of(c, rows);
            assertThat(d.verdict()).as(c.id()).isEqualTo(ClaimVerdict.HOLDS);
            assertThat(d.cited()).as(c.id()).isNotEmpty().allMatch(r -> c.evidence().stream().anyMatch(e -> e.matches(r))
                    || c.conditional().stream().anyMatch(e -> e.matches(r)));
        }
        assertThat(PaperClaims.all()).extracting(Claim::id).doesNotHaveDuplicates();
    }

    private static FindingRow row(String run, String analyzer, String finding, String verdict) {
        return new FindingRow(run, run + "/findings.csv", 2, analyzer, finding, "1", "1", "0", "", verdict, "all entries", "");
    }
}
