package org.conelab.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.conelab.api.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineArgumentsTest {

    @TempDir
    Path folder;

    @Test
    void fileKeysKeepTheirOrderLoseInlineCommentsAndArgumentsOverrideThem() throws IOException {
        Path file = Files.writeString(folder.resolve("p.properties"),
                "# a pipeline\nname = demo\nn = 10\neta = 0.5 stable   # half the limit\nsteps=4\n");

        Map<String, String> spec = PipelineArguments.parse(file.toString(), "n=20", "solver = dense");

        assertThat(spec).containsExactly(Map.entry("name", "demo"), Map.entry("n", "20"), Map.entry("eta", "0.5 stable"),
                Map.entry("steps", "4"), Map.entry("solver", "dense"));
    }

    @Test
    void relativeFilePathsInAPipelineFileAreRelativeToThatFile() throws IOException {
        Path sub = Files.createDirectories(folder.resolve("examples"));
        Path file = Files.writeString(sub.resolve("p.properties"), "graph.file = graphs/g.csv\ntargets.file = /abs/y.csv\n");

        Map<String, String> spec = PipelineArguments.parse(file.toString(), "init.file=here.csv");

        assertThat(spec.get("graph.file")).isEqualTo(sub.resolve("graphs/g.csv").toAbsolutePath().toString());
        assertThat(spec.get("targets.file")).isEqualTo("/abs/y.csv");
        assertThat(spec.get("init.file")).isEqualTo("here.csv");
    }

    @Test
    void keyValuePairsAloneMakeASpecification() {
        assertThat(PipelineArguments.parse("name=x", "n=3")).containsExactly(Map.entry("name", "x"), Map.entry("n", "3"));
    }

    @Test
    void aMissingFileIsNamed() {
        assertThatThrownBy(() -> PipelineArguments.parse(folder.resolve("nope.properties").toString()))
                .isInstanceOf(InvalidInputException.class).hasMessageEndingWith("nope.properties: no such pipeline file");
    }

    @Test
    void aSecondBareArgumentIsRejected() throws IOException {
        Path file = Files.writeString(folder.resolve("p.properties"), "name = demo\n");
        assertThatThrownBy(() -> PipelineArguments.parse(file.toString(), "other.properties"))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("other.properties: expected key=value");
    }

    @Test
    void noArgumentsAtAllIsAnError() {
        assertThatThrownBy(PipelineArguments::parse).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("arguments: ");
    }
}
