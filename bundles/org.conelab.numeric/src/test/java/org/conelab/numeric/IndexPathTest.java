package org.conelab.numeric;

import static org.assertj.core.api.Assertions.assertThat;

import org.conelab.api.graph.Chain;
import org.conelab.api.graph.Graph;
import org.junit.jupiter.api.Test;

class IndexPathTest {

    /** A graph given by its adjacency lists (not a Chain). */
    private record Adjacency(int[][] lists) implements Graph {
        @Override
        public int size() {
            return lists.length;
        }

        @Override
        public int[] neighbours(int node) {
            return lists[node];
        }

        @Override
        public int[] distancesFrom(int source) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String description() {
            return "adjacency";
        }
    }

    @Test
    void aChainAndAnyGraphWithThePathsAdjacencyArePaths() {
        assertThat(IndexPath.is(new Chain(1))).isTrue();
        assertThat(IndexPath.is(new Chain(7))).isTrue();
        assertThat(IndexPath.is(new Adjacency(new int[][] {{1}, {2, 0}, {1}}))).as("neighbours in any order").isTrue();
    }

    @Test
    void aRingAPermutedPathAndAStarAreNot() {
        assertThat(IndexPath.is(new Adjacency(new int[][] {{1, 2}, {0, 2}, {1, 0}}))).as("ring").isFalse();
        assertThat(IndexPath.is(new Adjacency(new int[][] {{2}, {2}, {0, 1}}))).as("path 0 – 2 – 1").isFalse();
        assertThat(IndexPath.is(new Adjacency(new int[][] {{1, 2, 3}, {0}, {0}, {0}}))).as("star").isFalse();
    }
}
