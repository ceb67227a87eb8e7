package org.conelab.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.conelab.api.graph.Chain;
import org.conelab.api.graph.Graph;
import org.junit.jupiter.api.Test;

class BreadthFirstSearchTest {

    private static final int X = Graph.UNREACHABLE;

    private static EdgeListGraph edges(int n, int... pairs) {
        int[] from = new int[pairs.length / 2];
        int[] to = new int[pairs.length / 2];
        for (int e = 0; e < from.length; e++) {
            from[e] = pairs[2 * e];
            to[e] = pairs[2 * e + 1];
        }
        return new EdgeListGraph(n, from, to, null, null);
    }

    @Test
    void aPathGivesTheIndexDifference() {
        // 0 - 1 - 2 - 3 - 4, edges listed out of order
        EdgeListGraph path = edges(5, 3, 4, 0, 1, 2, 1, 2, 3);
        assertThat(path.distancesFrom(0)).containsExactly(0, 1, 2, 3, 4);
        assertThat(path.distancesFrom(2)).containsExactly(2, 1, 0, 1, 2);
        assertThat(BreadthFirstSearch.distances(new Chain(5), 4)).containsExactly(4, 3, 2, 1, 0);
    }

    @Test
    void aStarIsOneFromTheHubAndTwoBetweenLeaves() {
        EdgeListGraph star = edges(5, 2, 0, 2, 1, 2, 3, 2, 4);
        assertThat(star.distancesFrom(2)).containsExactly(1, 1, 0, 1, 1);
        assertThat(star.distancesFrom(0)).containsExactly(0, 2, 1, 2, 2);
        assertThat(star.neighbours(2)).containsExactly(0, 1, 3, 4);
    }

    @Test
    void aCycleGoesTheShorterWayRound() {
        assertThat(new Ring(6).distancesFrom(0)).containsExactly(0, 1, 2, 3, 2, 1);
        assertThat(new Ring(7).distancesFrom(2)).containsExactly(2, 1, 0, 1, 2, 3, 3);
        for (int n : new int[] {3, 4, 9, 20}) {
            Ring ring = new Ring(n);
            for (int s = 0; s < n; s++) {
                int[] d = ring.distancesFrom(s);
                for (int i = 0; i < n; i++) {
                    int k = Math.abs(i - s);
                    assertThat(d[i]).as("ring(%d) d(%d,%d)", n, s, i).isEqualTo(Math.min(k, n - k));
                }
            }
        }
    }

    @Test
    void aFourNeighbourThreeByThreeGridHasManhattanDistances() {
        Grid grid = new Grid(3, 3, 4);
        assertThat(grid.distancesFrom(0)).containsExactly(
                0, 1, 2,
                1, 2, 3,
                2, 3, 4);
        assertThat(grid.distancesFrom(4)).containsExactly(
                2, 1, 2,
                1, 0, 1,
                2, 1, 2);
        assertThat(grid.distancesFrom(5)).containsExactly(
                3, 2, 1,
                2, 1, 0,
                3, 2, 1);
    }

    @Test
    void anEightNeighbourThreeByThreeGridHasChebyshevDistances() {
        Grid grid = new Grid(3, 3, 8);
        assertThat(grid.distancesFrom(0)).containsExactly(
                0, 1, 2,
                1, 1, 2,
                2, 2, 2);
        assertThat(grid.distancesFrom(4)).containsExactly(
                1, 1, 1,
                1, 0, 1,
                1, 1, 1);
    }

    @Test
    void largerGridsMatchTheClosedForms() {
        for (int connectivity : new int[] {4, 8}) {
            Grid grid = new Grid(5, 7, connectivity);
            for (int s = 0; s < grid.size(); s++) {
                int[] d = grid.distancesFrom(s);
                for (int i = 0; i < grid.size(); i++) {
                    int dr = Math.abs(i / 7 - s / 7);
                    int dc = Math.abs(i % 7 - s % 7);
                    int expected = connectivity == 4 ? dr + dc : Math.max(dr, dc);
                    assertThat(d[i]).as("%d-grid d(%d,%d)", connectivity, s, i).isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void aDisconnectedPairIsUnreachableAndCounted() {
        // two edges 0-1 and 2-3, node 4 isolated
        EdgeListGraph graph = edges(5, 0, 1, 2, 3);
        assertThat(graph.distancesFrom(0)).containsExactly(0, 1, X, X, X);
        assertThat(graph.distancesFrom(3)).containsExactly(X, X, 1, 0, X);
        assertThat(graph.distancesFrom(4)).containsExactly(X, X, X, X, 0);
        assertThat(graph.componentCount()).isEqualTo(3);
        assertThat(BreadthFirstSearch.components(new Grid(2, 3, 4))).isEqualTo(1);
        assertThat(graph.description()).isEqualTo("edges(n=5, m=2, 3 components)");
    }

    @Test
    void aSourceOutsideTheGraphIsRefused() {
        assertThatThrownBy(() -> new Ring(4).distancesFrom(4)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
