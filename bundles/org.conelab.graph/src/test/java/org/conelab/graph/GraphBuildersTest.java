package org.conelab.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.conelab.api.InvalidInputException;
import org.conelab.api.Parameters;
import org.conelab.api.graph.Chain;
import org.conelab.api.graph.Graph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GraphBuildersTest {

    private static Parameters graph(String... keyValues) {
        Map<String, String> values = new java.util.LinkedHashMap<>();
        for (int k = 0; k < keyValues.length; k += 2) {
            values.put(keyValues[k], keyValues[k + 1]);
        }
        return new Parameters("graph", values);
    }

    @Test
    void chainIsTheApiRecord() {
        Graph chain = new ChainBuilder().build(7, graph());
        assertThat(chain).isEqualTo(new Chain(7));
        assertThatThrownBy(() -> new ChainBuilder().build(0, graph()))
                .isInstanceOf(InvalidInputException.class).hasMessage("n: a chain needs n >= 1, got 0");
    }

    @Test
    void ringNeedsThreeNodes() {
        assertThat(new RingBuilder().build(3, graph()).description()).isEqualTo("ring(n=3)");
        assertThatThrownBy(() -> new RingBuilder().build(2, graph()))
                .isInstanceOf(InvalidInputException.class).hasMessage("n: a ring needs n >= 3, got 2");
    }

    @Test
    void gridTakesHeightFromNOverWidth() {
        Grid grid = (Grid) new GridBuilder().build(12, graph("width", "4", "neighbours", "8"));
        assertThat(grid.height()).isEqualTo(3);
        assertThat(grid.width()).isEqualTo(4);
        assertThat(grid.connectivity()).isEqualTo(8);
        Grid square = (Grid) new GridBuilder().build(49, graph());
        assertThat(square.width()).isEqualTo(7);
        assertThat(square.connectivity()).isEqualTo(4);
    }

    @ParameterizedTest(name = "n = {0}, {1} = {2}")
    @CsvSource(delimiter = '|', value = {
        "12 | width      | 5    | graph.width: n = 12 is not a multiple of width = 5 (height = n / width)",
        "12 | width      | 0    | graph.width: must be between 1 and 12, got '0'",
        "12 | width      | 13   | graph.width: must be between 1 and 12, got '13'",
        "12 | width      | four | graph.width: must be an integer, got 'four'",
        "12 | neighbours | 6    | graph.neighbours: must be 4 or 8, got '6'",
        "12 | neighbours | x    | graph.neighbours: must be an integer, got 'x'",
        "12 | other      | 1    | graph.width: is required when n is not a perfect square, n = 12",
    })
    void badGridKeysAreNamed(int n, String key, String value, String message) {
        Parameters parameters = key.equals("neighbours") ? graph("width", "4", key, value) : graph(key, value);
        assertThatThrownBy(() -> new GridBuilder().build(n, parameters))
                .isInstanceOf(InvalidInputException.class).hasMessage(message);
    }

    @Test
    void everyBuilderListsItsKeys() {
        assertThat(new ChainBuilder().parameters()).isEmpty();
        assertThat(new GridBuilder().parameters()).extracting(p -> p.name()).containsExactly("width", "neighbours");
        assertThat(new EdgeListBuilder().parameters()).extracting(p -> p.name()).containsExactly("file");
    }
}
