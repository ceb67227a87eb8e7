package org.conelab.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.AbstractThrowableAssert;
import org.conelab.api.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pipeline files that are not what they should be (malformed, binary, the wrong encoding, a key
 * twice, a directory) and pipeline files that try to reach outside their folder: each is refused
 * by the reader in one line naming the file (and line, where there is one) and the reason.
 */
class BadPipelineFilesTest {

    @TempDir
    Path root;
    private final PipelineFileReader reader = new PipelineFileReader();

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of(bytes("name = a\nn = 5\nname = b\n"), "p.properties line 3: name is given twice, on lines 1 and 3; keep one"),
                Arguments.of(new byte[] {'n', '=', '1', 0, 0, 0, 7}, "p.properties line 1: a binary file, not a pipeline file (control byte 0x00 at offset 3)"),
                Arguments.of(new byte[] {'n', '=', '1', '\n', 'x', '=', (byte) 0xFF, '\n'},
                        "p.properties line 2: not UTF-8 text (byte 0xFF at offset 6 is not part of a UTF-8 character); save the file as UTF-8"),
                Arguments.of("n=1\n".getBytes(StandardCharsets.UTF_16), "p.properties: is UTF-16 text; a pipeline file is UTF-8: save it as UTF-8"),
                Arguments.of(bytes("n = 1\n<html><body>a web page</body></html>\n"),
                        "p.properties line 2: expected key = value, got '<html><body>a web page</body></html>' (keys are letters, digits,"),
                Arguments.of(bytes("a = \\u12\n"), "p.properties line 1: malformed escape in 'a = \\u12' (\\uXXXX needs four hex digits)"),
                Arguments.of(bytes("= 5\n"), "p.properties line 1: expected key = value, got '= 5'"),
                // found by PipelineFuzzTest: a lone continuation at the end of the file holds no entry at all
                Arguments.of(bytes("n = 5\n\\"), "p.properties line 2: expected key = value, got '\\'"),
                Arguments.of(bytes("x".repeat(60) + "~ = 1\n"), "p.properties line 1: expected key = value, got '" + "x".repeat(40) + "…'"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("malformed")
    void aMalformedPipelineFileIsOneLineNamingFileAndLine(byte[] content, String message) throws IOException {
        Path file = Files.write(root.resolve("p.properties"), content);
        refused(file).hasMessageStartingWith(file.toString().replace("p.properties", "") + message);
    }

    @Test
    void aDirectoryAMissingFileAndAHugeFileAreRefusedForTheRightReason() throws IOException {
        refused(root).hasMessage(root + ": cannot read the pipeline file: is a directory, not a file");
        refused(root.resolve("nope.properties")).hasMessage(root.resolve("nope.properties")
                + ": cannot read the pipeline file: no such file or directory");
        Path huge = Files.write(root.resolve("huge.properties"), new byte[PipelineText.MAX_BYTES + 1]);
        refused(huge).hasMessage(huge + ": is " + (PipelineText.MAX_BYTES + 1) + " bytes, more than a pipeline file's "
                + PipelineText.MAX_BYTES + "; is it the right file?");
    }

    @Test
    void aByteOrderMarkCrLfLineEndsContinuationLinesAndEscapesAreRead() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = bytes("name = crlf\r\n! a comment\r\nanalyzers = lightcone, \\\r\n    spectrum\r\nkernel : tri\\u0064iagonal\r\n");
        byte[] content = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, content, 0, bom.length);
        System.arraycopy(text, 0, content, bom.length, text.length);
        Path file = Files.write(root.resolve("p.properties"), content);

        assertThat(reader.read(file)).containsExactly(Map.entry("name", "crlf"), Map.entry("analyzers", "lightcone, spectrum"),
                Map.entry("kernel", "tridiagonal"));
    }

    static Stream<Arguments> escapes() {
        return Stream.of(
                Arguments.of("output = /etc", "output", "/etc"),
                Arguments.of("output = ../../somewhere", "output", "somewhere"),
                Arguments.of("targets.file = ../../../etc/passwd", "targets.file", "/etc/passwd"),
                Arguments.of("init.file = /etc/shadow", "init.file", "/etc/shadow"),
                Arguments.of("graph.file = sub/../../../x.csv", "graph.file", "x.csv"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("escapes")
    void aPipelineFileCannotNameAPathOutsideItsFolderOrTheWorkingDirectory(String line, String key, String leadsTo) throws IOException {
        Path file = Files.writeString(Files.createDirectories(root.resolve("a/b/c")).resolve("sent.properties"), "name = x\n" + line + "\n");

        refused(file).hasMessageStartingWith(key + ": '").hasMessageContaining("(" + file + " line 2) leads to ")
                .hasMessageContaining(leadsTo)
                .hasMessageEndingWith("outside the pipeline file's folder and the working directory; a pipeline file may only name paths"
                        + " inside them (give " + key + "=… on the command line to choose another)");
    }

    @Test
    void aLinkPlantedInsideTheFolderDoesNotLeadOut() throws IOException {
        Path folder = Files.createDirectories(root.resolve("sent"));
        Files.createSymbolicLink(folder.resolve("data"), Path.of("/etc"));
        Path file = Files.writeString(folder.resolve("p.properties"), "targets.file = data/passwd\noutput = data/runs\n");

        refused(file).hasMessageContaining("leads to /etc/");
    }

    @Test
    void pathsInsideTheFolderAreReturnedAbsoluteAndNormalisedAndTheCommandLineMayChooseAnother() throws IOException {
        Path folder = Files.createDirectories(root.resolve("sent"));
        Path file = Files.writeString(folder.resolve("p.properties"), "targets.file = ./x/../y.csv\noutput = " + folder + "/out/../runs\n");

        assertThat(reader.read(file)).containsEntry("targets.file", folder.resolve("y.csv").toString())
                .containsEntry("output", folder.resolve("runs").toString());
        assertThat(reader.parse(List.of(file.toString(), "output=/elsewhere", "targets.file=/data/y.csv")))
                .containsEntry("output", "/elsewhere").containsEntry("targets.file", "/data/y.csv");
    }

    @Test
    void aPathTheCommandLineOverridesIsNotJudgedSoARecordedRunCanBeRunAgainElsewhere() throws IOException {
        Path run = Files.createDirectories(root.resolve("out/run-1"));
        Path recorded = Files.writeString(run.resolve("pipeline.properties"),
                "name = x\noutput = /somewhere/else/out\ntargets.file = ../../../etc/passwd\n");

        refused(recorded).hasMessageStartingWith("output: ");
        assertThat(reader.parse(List.of(recorded.toString(), "output=/tmp/again", "targets.file=mine.csv")))
                .containsEntry("output", "/tmp/again").containsEntry("targets.file", "mine.csv");
        assertThatThrownBy(() -> reader.parse(List.of(recorded.toString(), "output=/tmp/again")))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("targets.file: ");
    }

    private AbstractThrowableAssert<?, ? extends Throwable> refused(Path file) {
        AbstractThrowableAssert<?, ? extends Throwable> thrown = assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(InvalidInputException.class);
        thrown.message().doesNotContain("\n");
        return thrown;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
