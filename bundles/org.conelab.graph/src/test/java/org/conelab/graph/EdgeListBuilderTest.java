package org.conelab.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.conelab.api.InvalidInputException;
import org.conelab.api.Parameters;
import org.conelab.api.graph.Graph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EdgeListBuilderTest {

    @TempDir
    Path folder;

    private final EdgeListBuilder builder = new EdgeListBuilder();

    private Graph build(int n, String content) throws IOException {
        Path file = folder.resolve("edges.csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return builder.build(n, new Parameters("graph", Map.of("file", file.toString())));
    }

    /** @return the message of the error for {@code content}, with the temporary folder replaced by {@code DIR} */
    private String error(int n, String content) {
        try {
            build(n, content);
        } catch (InvalidInputException e) {
            assertThat(e.getMessage()).doesNotContain("\n");
            return e.getMessage().replace(folder.toString(), "DIR");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("no error for " + content);
    }

    @Test
    void readsHeaderCommentsBlankLinesAndSpaces() throws IOException {
        Graph graph = build(4, """
                # a square with one diagonal
                i, j

                0,1
                1 , 2   # trailing comment
                2,3
                3,0
                0,2
                """);
        assertThat(graph).isInstanceOf(EdgeListGraph.class);
        assertThat(graph.neighbours(0)).containsExactly(1, 2, 3);
        assertThat(graph.neighbours(1)).containsExactly(0, 2);
        assertThat(graph.distancesFrom(1)).containsExactly(1, 0, 1, 2);
        assertThat(((EdgeListGraph) graph).isWeighted()).isFalse();
        assertThat(graph.description()).isEqualTo("edges(n=4, m=5, file=" + folder.resolve("edges.csv") + ")");
    }

    @Test
    void readsWeightsAndDefaultsMissingOnesToOne() throws IOException {
        EdgeListGraph graph = (EdgeListGraph) build(3, "i,j,weight\n0,1,2.5\n1,2\n");
        assertThat(graph.weights(1)).containsExactly(2.5, 1.0);
        assertThat(graph.isWeighted()).isTrue();
    }

    @Test
    void aDisconnectedGraphIsAcceptedAndSaysSo() throws IOException {
        Graph graph = build(6, "0,1\n1,2\n3,4\n");
        assertThat(graph.description()).startsWith("edges(n=6, m=3, 3 components");
        assertThat(graph.distancesFrom(0)).containsExactly(0, 1, 2, Graph.UNREACHABLE, Graph.UNREACHABLE, Graph.UNREACHABLE);
    }

    @Test
    void theShippedExampleIsConnectedWith120Nodes() {
        Path example = Path.of("../../examples/graphs/two-communities.csv");
        EdgeListGraph graph = (EdgeListGraph) builder.build(120, new Parameters("graph", Map.of("file", example.toString())));
        assertThat(graph.componentCount()).isEqualTo(1);
        assertThat(graph.edgeCount()).isEqualTo(169);
        int diameter = 0;
        for (int s = 0; s < graph.size(); s++) {
            for (int d : graph.distancesFrom(s)) {
                diameter = Math.max(diameter, d);
            }
        }
        assertThat(diameter).isEqualTo(20);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "malformed word   | 0,1\\nx\\n         | graph.file DIR/edges.csv line 2: expected i,j or i,j,weight, got 'x'",
        "one field        | 0\\n               | graph.file DIR/edges.csv line 1: expected i,j or i,j,weight, got '0'",
        "four fields      | 0,1,1,1\\n         | graph.file DIR/edges.csv line 1: expected i,j or i,j,weight, got '0,1,1,1'",
        "empty field      | 0,\\n              | graph.file DIR/edges.csv line 1: expected i,j or i,j,weight, got '0,'",
        "bad weight text  | 0,1,heavy\\n       | graph.file DIR/edges.csv line 1: expected i,j or i,j,weight, got '0,1,heavy'",
        "late header      | 0,1\\ni,j\\n       | graph.file DIR/edges.csv line 2: expected i,j or i,j,weight, got 'i,j'",
        "self-loop        | #c\\n0,1\\n2,2\\n  | graph.file DIR/edges.csv line 3: self-loop 2,2: a node is not its own neighbour",
        "index too large  | 0,1\\n1,5\\n       | graph.file DIR/edges.csv line 2: node 5 is out of range [0, 5) for n = 5",
        "negative index   | -1,2\\n            | graph.file DIR/edges.csv line 1: node -1 is out of range [0, 5) for n = 5",
        "zero weight      | 0,1,0\\n           | graph.file DIR/edges.csv line 1: weight must be a finite number > 0, got '0'",
        "negative weight  | 0,1,-2\\n          | graph.file DIR/edges.csv line 1: weight must be a finite number > 0, got '-2'",
        "infinite weight  | 0,1,Infinity\\n    | graph.file DIR/edges.csv line 1: weight must be a finite number > 0, got 'Infinity'",
        "NaN weight       | 0,1,NaN\\n         | graph.file DIR/edges.csv line 1: weight must be a finite number > 0, got 'NaN'",
        "duplicate        | 0,1\\n1,2\\n0,1\\n | graph.file DIR/edges.csv line 3: duplicate edge 0,1 (already given on line 1); give each undirected edge once",
        "reversed dup     | 0,1\\n\\n1,0\\n    | graph.file DIR/edges.csv line 3: duplicate edge 1,0 (already given on line 1); give each undirected edge once",
        "no edges         | # nothing\\ni,j\\n | graph.file: 'DIR/edges.csv' holds no edges (expected lines i,j or i,j,weight)",
    })
    void badFilesGiveOneLineNamingFileAndLine(String label, String content, String message) {
        assertThat(error(5, content.replace("\\n", "\n"))).isEqualTo(message);
    }

    @Test
    void aMissingFileIsNamed() {
        assertThatThrownBy(() -> builder.build(5, new Parameters("graph", Map.of("file", "no/such/edges.csv"))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("graph.file: cannot read 'no/such/edges.csv': no such file");
    }

    @Test
    void aFolderIsNotAnEdgeList() {
        assertThatThrownBy(() -> builder.build(5, new Parameters("graph", Map.of("file", folder.toString()))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("graph.file: cannot read '" + folder + "': ");
    }

    @Test
    void theFileKeyIsRequired() {
        assertThatThrownBy(() -> builder.build(5, new Parameters("graph", Map.of())))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("graph.file: is required");
    }
}
