package org.conelab.sweep.folder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FindingsFileTest {

    @TempDir
    Path run;

    @Test
    void quotedFieldsKeepTheirCommasAndQuotes() {
        assertThat(FindingsFile.fields("a,\"b, c\",,\"say \"\"x\"\"\",d")).containsExactly("a", "b, c", "", "say \"x\"", "d");
        assertThat(FindingsFile.fields("")).containsExactly("");
        assertThat(FindingsFile.fields("a,")).containsExactly("a", "");
    }

    @Test
    void aRunsFindingsAreReadWithTheirMeasuredTextAsWritten() throws IOException {
        Files.writeString(run.resolve("findings.csv"), """
                analyzer,finding,measured,expected,tolerance,unit,verdict,coverage,method
                training,stable,0.9958906710105705,1,1.8E-13,factor/step,holds,all entries,"largest factor, per step"
                spectrum,kappa_ratio,,1,,ratio,not measurable,derived,ratio 1.000000000 is within
                """);
        assertThat(FindingsFile.read(run)).containsExactly(
                new FindingsFile.Row("training", "stable", "0.9958906710105705", "holds"),
                new FindingsFile.Row("spectrum", "kappa_ratio", "", "not measurable"));
    }
}
