package org.conelab.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.conelab.api.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineFileReaderTest {

    @TempDir
    Path folder;

    private final PipelineFileReader reader = new PipelineFileReader();

    @Test
    void fileKeysKeepTheirOrderLoseInlineCommentsAndArgumentsOverrideThem() throws IOException {
        Path file = Files.writeString(folder.resolve("p.properties"),
                "# a pipeline\nname = demo\nn = 10\neta = 0.5 stable   # half the limit\nsteps=4\n");

        Map<String, String> spec = reader.parse(List.of(file.toString(), "n=20", "solver = dense"));

        assertThat(spec).containsExactly(Map.entry("name", "demo"), Map.entry("n", "20"), Map.entry("eta", "0.5 stable"),
                Map.entry("steps", "4"), Map.entry("solver", "dense"));
    }

    @Test
    void relativeFilePathsInAPipelineFileAreRelativeToThatFileAndOnTheCommandLineToTheWorkingDirectory() throws IOException {
        Path sub = Files.createDirectories(folder.resolve("examples"));
        Path absolute = sub.resolve("y.csv").toAbsolutePath();
        Path file = Files.writeString(sub.resolve("p.properties"), "graph.file = graphs/g.csv\ntargets.file = " + absolute + "\n");

        Map<String, String> spec = reader.parse(List.of(file.toString(), "init.file=/abs/here.csv"));

        assertThat(spec.get("graph.file")).isEqualTo(sub.resolve("graphs/g.csv").toAbsolutePath().toString());
        assertThat(spec.get("targets.file")).as("an absolute path inside the file's folder").isEqualTo(absolute.toString());
        assertThat(spec.get("init.file")).as("the command line's own choice, not confined").isEqualTo("/abs/here.csv");
    }

    @Test
    void readingAFileAloneGivesTheSameKeysAsParsingIt() throws IOException {
        Path file = Files.writeString(folder.resolve("p.properties"), "name = demo   # comment\ngraph.file = g.csv\n");

        assertThat(reader.read(file)).isEqualTo(reader.parse(List.of(file.toString())));
    }

    @Test
    void keyValuePairsAloneMakeASpecification() {
        assertThat(reader.parse(List.of("name=x", "n=3"))).containsExactly(Map.entry("name", "x"), Map.entry("n", "3"));
    }

    @Test
    void aMissingFileIsNamed() {
        assertThatThrownBy(() -> reader.parse(List.of(folder.resolve("nope.properties").toString())))
                .isInstanceOf(InvalidInputException.class).hasMessageEndingWith("nope.properties: cannot read the pipeline file: no such file or directory");
    }

    @Test
    void aSecondBareArgumentIsRejected() throws IOException {
        Path file = Files.writeString(folder.resolve("p.properties"), "name = demo\n");
        assertThatThrownBy(() -> reader.parse(List.of(file.toString(), "other.properties")))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("other.properties: expected key=value");
    }

    @Test
    void noArgumentsAtAllIsAnError() {
        assertThatThrownBy(() -> reader.parse(List.of())).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("arguments: ");
    }
}
