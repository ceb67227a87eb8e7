package org.conelab.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.conelab.api.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValueFileTest {

    @TempDir
    Path folder;

    private String file(String text) throws IOException {
        return Files.writeString(folder.resolve("y.csv"), text).toString();
    }

    @Test
    void readsOneValuePerLineSkippingHeaderCommentsAndBlankLines() throws IOException {
        String f = file("y\n# measured\n1.5\n\n2,ignored\n3e-1\n");
        assertThat(ValueFile.read("targets.file", f, 3, true)).containsExactly(1.5, 2.0, 0.3);
    }

    @Test
    void aBadLineIsNamedByKeyFileAndLine() throws IOException {
        String f = file("y\n1\nabc\n");
        assertThatThrownBy(() -> ValueFile.read("targets.file", f, 2, true)).isInstanceOf(InvalidInputException.class)
                .hasMessage("targets.file y.csv line 3: not a number: 'abc' (one number per line, or the first field of a comma-separated line)");
    }

    @Test
    void aNonPositiveValueIsRejectedWhenPositivityIsRequired() throws IOException {
        String f = file("1\n-2\n");
        assertThatThrownBy(() -> ValueFile.read("targets.file", f, 2, true))
                .hasMessage("targets.file y.csv line 2: must be a finite number > 0, got '-2'");
        assertThat(ValueFile.read("init.file", f, 2, false)).containsExactly(1.0, -2.0);
    }

    @Test
    void theCountMustBeN() throws IOException {
        String f = file("1\n2\n");
        assertThatThrownBy(() -> ValueFile.read("targets.file", f, 3, true)).hasMessageContaining("has 2 values, n = 3 needed");
        assertThatThrownBy(() -> ValueFile.read("targets.file", f, 1, true)).hasMessageContaining("more than n = 1");
    }

    @Test
    void anUnreadableFileIsNamed() {
        assertThatThrownBy(() -> ValueFile.read("targets.file", folder.resolve("none.csv").toString(), 1, true))
                .hasMessageStartingWith("targets.file: cannot read").hasMessageEndingWith("none.csv': no such file or directory");
    }
}
