package org.conelab.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GraphShapesTest {

    @Test
    void ringNeighboursWrapAround() {
        Ring ring = new Ring(5);
        assertThat(ring.neighbours(0)).containsExactly(1, 4);
        assertThat(ring.neighbours(2)).containsExactly(1, 3);
        assertThat(ring.neighbours(4)).containsExactly(0, 3);
        assertThat(new Ring(3).neighbours(1)).containsExactly(0, 2);
        assertThat(ring.position(0)).isEmpty();
        assertThat(ring.description()).isEqualTo("ring(n=5)");
        assertThatThrownBy(() -> new Ring(2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fourNeighbourGridNodesHaveTwoToFourNeighbours() {
        // 3 rows x 4 columns:  0  1  2  3 /  4  5  6  7 /  8  9 10 11
        Grid grid = new Grid(3, 4, 4);
        assertThat(grid.neighbours(0)).containsExactly(1, 4);
        assertThat(grid.neighbours(3)).containsExactly(2, 7);
        assertThat(grid.neighbours(5)).containsExactly(1, 4, 6, 9);
        assertThat(grid.neighbours(11)).containsExactly(7, 10);
        assertThat(grid.neighbours(8)).containsExactly(4, 9);
    }

    @Test
    void eightNeighbourGridNodesHaveThreeToEightNeighbours() {
        Grid grid = new Grid(3, 4, 8);
        assertThat(grid.neighbours(0)).containsExactly(1, 4, 5);
        assertThat(grid.neighbours(5)).containsExactly(0, 1, 2, 4, 6, 8, 9, 10);
        assertThat(grid.neighbours(7)).containsExactly(2, 3, 6, 10, 11);
    }

    @Test
    void gridPositionIsRowAndColumn() {
        Grid grid = new Grid(3, 4, 4);
        assertThat(grid.position(6)).hasValueSatisfying(p -> assertThat(p).containsExactly(1.0, 2.0));
        assertThat(grid.position(11)).hasValueSatisfying(p -> assertThat(p).containsExactly(2.0, 3.0));
        assertThat(grid.size()).isEqualTo(12);
        assertThat(grid.description()).isEqualTo("grid(n=12, 3 rows x 4 columns, 4-neighbour)");
    }

    @Test
    void neighbourListsAreSymmetric() {
        for (var graph : new org.conelab.api.graph.Graph[] {new Ring(7), new Grid(4, 5, 4), new Grid(4, 5, 8)}) {
            for (int i = 0; i < graph.size(); i++) {
                for (int j : graph.neighbours(i)) {
                    assertThat(graph.neighbours(j)).as("%s: %d in N(%d)", graph.description(), i, j).contains(i);
                    assertThat(j).isNotEqualTo(i);
                }
            }
        }
    }

    @Test
    void edgeListWeightsFollowTheNeighbourOrder() {
        EdgeListGraph graph = new EdgeListGraph(4, new int[] {2, 0, 3}, new int[] {0, 1, 0}, new double[] {2.5, 1.0, 0.5}, "w.csv");
        assertThat(graph.neighbours(0)).containsExactly(1, 2, 3);
        assertThat(graph.weights(0)).containsExactly(1.0, 2.5, 0.5);
        assertThat(graph.weights(2)).containsExactly(2.5);
        assertThat(graph.degree(0)).isEqualTo(3);
        assertThat(graph.isWeighted()).isTrue();
        assertThat(graph.edgeCount()).isEqualTo(3);
        assertThat(graph.description()).isEqualTo("edges(n=4, m=3, weighted, file=w.csv)");
        assertThat(graph.position(0)).isEmpty();
    }

    @Test
    void edgeListConstructorRejectsBadEdges() {
        assertThatThrownBy(() -> new EdgeListGraph(3, new int[] {0}, new int[] {0}, null, null))
                .hasMessageContaining("self-loop");
        assertThatThrownBy(() -> new EdgeListGraph(3, new int[] {0}, new int[] {3}, null, null))
                .hasMessageContaining("out of range");
        assertThatThrownBy(() -> new EdgeListGraph(3, new int[] {0, 1}, new int[] {1, 0}, null, null))
                .hasMessageContaining("given twice");
    }
}
