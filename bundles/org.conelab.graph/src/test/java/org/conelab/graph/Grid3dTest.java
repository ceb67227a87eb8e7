package org.conelab.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.conelab.api.InvalidInputException;
import org.conelab.api.Parameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Grid3dTest {

    private static Parameters graph(String... keyValues) {
        Map<String, String> values = new java.util.LinkedHashMap<>();
        for (int k = 0; k < keyValues.length; k += 2) {
            values.put(keyValues[k], keyValues[k + 1]);
        }
        return new Parameters("graph", values);
    }

    @Test
    void cornerEdgeFaceAndInnerNodesHaveThreeToSixNeighbours() {
        // 3 layers x 3 rows x 4 columns: node = (layer*3 + row)*4 + col
        Grid3d grid = new Grid3d(3, 3, 4);
        assertThat(grid.size()).isEqualTo(36);
        assertThat(grid.neighbours(0)).containsExactly(1, 4, 12);
        assertThat(grid.neighbours(1)).containsExactly(0, 2, 5, 13);
        assertThat(grid.neighbours(5)).containsExactly(1, 4, 6, 9, 17);
        // the centre of the middle layer: (1, 1, 1) = 17
        assertThat(grid.neighbours(17)).containsExactly(5, 13, 16, 18, 21, 29);
        assertThat(grid.neighbours(35)).containsExactly(23, 31, 34);
    }

    @Test
    void neighbourListsAreSymmetricAndAscending() {
        Grid3d grid = new Grid3d(4, 3, 5);
        int edges = 0;
        for (int i = 0; i < grid.size(); i++) {
            int[] neighbours = grid.neighbours(i);
            for (int k = 0; k < neighbours.length; k++) {
                assertThat(grid.neighbours(neighbours[k])).as("%d in N(%d)", i, neighbours[k]).contains(i);
                assertThat(neighbours[k]).isNotEqualTo(i);
                if (k > 0) {
                    assertThat(neighbours[k]).isGreaterThan(neighbours[k - 1]);
                }
            }
            edges += neighbours.length;
        }
        // edges of a d×h×w lattice: (d−1)hw + d(h−1)w + dh(w−1), each counted from both ends
        assertThat(edges).isEqualTo(2 * (3 * 3 * 5 + 4 * 2 * 5 + 4 * 3 * 4));
    }

    @Test
    void distancesAreManhattanAndAgreeWithBreadthFirstSearch() {
        Grid3d grid = new Grid3d(5, 4, 6);
        for (int source : new int[] {0, 37, grid.size() - 1, 61}) {
            int[] distance = grid.distancesFrom(source);
            assertThat(distance).isEqualTo(BreadthFirstSearch.distances(grid, source));
            double[] s = grid.position(source).orElseThrow();
            for (int i = 0; i < grid.size(); i++) {
                double[] p = grid.position(i).orElseThrow();
                assertThat(distance[i]).isEqualTo((int) (Math.abs(p[0] - s[0]) + Math.abs(p[1] - s[1]) + Math.abs(p[2] - s[2])));
            }
        }
        assertThatThrownBy(() -> grid.distancesFrom(grid.size())).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void positionIsLayerRowColumn() {
        Grid3d grid = new Grid3d(3, 3, 4);
        assertThat(grid.position(17)).hasValueSatisfying(p -> assertThat(p).containsExactly(1.0, 1.0, 1.0));
        assertThat(grid.position(35)).hasValueSatisfying(p -> assertThat(p).containsExactly(2.0, 2.0, 3.0));
        assertThat(grid.description()).isEqualTo("grid3d(n=36, 3 layers x 3 rows x 4 columns, 6-neighbour)");
    }

    @Test
    void oneNodeAndOneLineAreGridsToo() {
        assertThat(new Grid3d(1, 1, 1).neighbours(0)).isEmpty();
        Grid3d line = new Grid3d(1, 1, 4);
        assertThat(line.neighbours(0)).containsExactly(1);
        assertThat(line.neighbours(2)).containsExactly(1, 3);
        assertThatThrownBy(() -> new Grid3d(0, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Grid3d(2000, 2000, 2000)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMillionNodeCubeIsBuiltWithoutSearch() {
        Grid3d grid = (Grid3d) new Grid3dBuilder().build(1_000_000, graph());
        assertThat(grid.depth()).isEqualTo(100);
        assertThat(grid.width()).isEqualTo(100);
        int centre = (50 * 100 + 50) * 100 + 50;
        assertThat(grid.neighbours(centre)).hasSize(6);
        assertThat(grid.distancesFrom(centre)[0]).isEqualTo(150);
    }

    @Test
    void builderTakesDepthFromNOverTheLayer() {
        Grid3d cube = (Grid3d) new Grid3dBuilder().build(27, graph());
        assertThat(new int[] {cube.depth(), cube.height(), cube.width()}).containsExactly(3, 3, 3);
        Grid3d slab = (Grid3d) new Grid3dBuilder().build(60, graph("width", "5", "height", "4"));
        assertThat(new int[] {slab.depth(), slab.height(), slab.width()}).containsExactly(3, 4, 5);
        Grid3d square = (Grid3d) new Grid3dBuilder().build(32, graph("width", "4"));
        assertThat(new int[] {square.depth(), square.height(), square.width()}).containsExactly(2, 4, 4);
        Grid3d byHeight = (Grid3d) new Grid3dBuilder().build(18, graph("height", "3"));
        assertThat(new int[] {byHeight.depth(), byHeight.height(), byHeight.width()}).containsExactly(2, 3, 3);
        assertThat(new Grid3dBuilder().parameters()).extracting(p -> p.name()).containsExactly("width", "height");
    }

    @ParameterizedTest(name = "n = {0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "12 | -                 | graph.width: is required when n is not a perfect cube, n = 12",
        "12 | width=5           | graph.width: n = 12 is not a multiple of width * height = 25 (depth = n / (width * height))",
        "12 | width=2,height=5  | graph.height: n = 12 is not a multiple of width * height = 10 (depth = n / (width * height))",
        "12 | width=0           | graph.width: must be between 1 and 12, got '0'",
        "12 | height=x          | graph.height: must be an integer, got 'x'",
        "0  | -                 | n: a grid3d needs n >= 1, got 0",
    })
    void badKeysAreNamed(int n, String keys, String message) {
        String[] keyValues = keys.equals("-") ? new String[0] : keys.replace('=', ',').split(",");
        assertThatThrownBy(() -> new Grid3dBuilder().build(n, graph(keyValues)))
                .isInstanceOf(InvalidInputException.class).hasMessage(message);
    }

    @Test
    void cubeRootIsExactForCubesAndFloorsOtherwise() {
        assertThat(Grid3dBuilder.cubeRoot(1)).isEqualTo(1);
        assertThat(Grid3dBuilder.cubeRoot(1_000_000)).isEqualTo(100);
        assertThat(Grid3dBuilder.cubeRoot(999_999)).isEqualTo(99);
        assertThat(Grid3dBuilder.cubeRoot(1_290 * 1_290 * 1_290)).isEqualTo(1_290);
    }
}
