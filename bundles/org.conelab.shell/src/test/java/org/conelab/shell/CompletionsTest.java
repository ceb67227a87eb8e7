package org.conelab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.conelab.api.pipeline.PipelineKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompletionsTest {

    @TempDir
    Path directory;

    private Completions completions;

    @BeforeEach
    void keys() throws IOException {
        Files.createDirectories(directory.resolve("examples/graphs"));
        Files.writeString(directory.resolve("examples/paper-tridiagonal.properties"), "");
        Files.writeString(directory.resolve("examples/notes.txt"), "");
        Files.writeString(directory.resolve("examples/graphs/g.csv"), "");
        RunHistory history = new RunHistory();
        history.add(RunHistoryTest.report("/out/paper-1"));
        completions = new Completions(List.of(
                new PipelineKey("name", "the run's name", List.of()),
                new PipelineKey("solver", "a solver's id, or auto", List.of("auto", "banded", "banded-scalar", "dense")),
                new PipelineKey("analyzers", "analyzer ids", List.of("lightcone", "spectrum")),
                new PipelineKey("graph.file", "edges: a CSV file", List.of())),
                List.of("graph", "solver"), history.all(), directory);
    }

    private List<String> values(String command, List<String> words, String word) {
        return completions.suggest(command, words, word).stream().map(Suggestion::value).toList();
    }

    @Test
    void runOffersPipelineFilesFoldersAndKeysThatGoOnWithTheirValue() {
        List<Suggestion> suggestions = completions.suggest("run", List.of("run"), "examples/");

        assertThat(suggestions).extracting(Suggestion::value)
                .contains("examples/graphs/", "examples/paper-tridiagonal.properties", "solver=", "graph.file=")
                .doesNotContain("examples/notes.txt");
        assertThat(suggestions).filteredOn(s -> s.value().equals("solver=")).singleElement()
                .satisfies(s -> assertThat(s.complete()).isFalse()).satisfies(s -> assertThat(s.description()).contains("auto"));
        assertThat(suggestions).filteredOn(s -> s.value().endsWith("/")).allSatisfy(s -> assertThat(s.complete()).isFalse());
    }

    @Test
    void aKeyWithChoicesOffersItsProviderIds() {
        assertThat(values("run", List.of("run", "x.properties"), "solver=ba"))
                .containsExactly("solver=auto", "solver=banded", "solver=banded-scalar", "solver=dense");
    }

    @Test
    void theAnalyzersListCompletesItsLastItem() {
        assertThat(values("run", List.of("run"), "analyzers=lightcone,sp"))
                .containsExactly("analyzers=lightcone,lightcone", "analyzers=lightcone,spectrum");
    }

    @Test
    void aFileKeyOffersFilesOfAnyKind() {
        assertThat(values("run", List.of("run"), "graph.file=examples/graphs/")).containsExactly("graph.file=examples/graphs/g.csv");
    }

    @Test
    void useOffersTheKeysThatAcceptAutoThenTheirIds() {
        assertThat(values("use", List.of("use"), "")).containsExactly("solver");
        assertThat(values("use", List.of("use", "solver"), "d")).containsExactly("auto", "banded", "banded-scalar", "dense");
        assertThat(values("use", List.of("use", "solver", "dense"), "")).isEmpty();
    }

    @Test
    void showOffersTheSessionsRunNumbersAndListOffersKindsAfterKind() {
        assertThat(completions.suggest("show", List.of("show"), "")).first()
                .satisfies(s -> assertThat(s.value()).isEqualTo("1")).satisfies(s -> assertThat(s.description()).isEqualTo("paper-1"));
        assertThat(values("list", List.of("list", "--kind"), "")).containsExactly("graph", "solver");
        assertThat(values("list", List.of("list"), "")).isEmpty();
    }
}
