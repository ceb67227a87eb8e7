package org.conelab.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.conelab.api.InvalidInputException;

/**
 * Property-based fuzzing (jqwik) of edge lists: every generated file either reads into a graph
 * whose edges are exactly the valid ones given (no self-loop, no node outside [0, n), none twice,
 * neighbours symmetric) or fails with the platform's own {@link InvalidInputException} naming the
 * key and file in one line — never another exception. {@value #TRIES} tries keep it under a second.
 */
class EdgeListFuzzTest {

    static final int TRIES = 1000;

    @Property(tries = TRIES)
    void everyEdgeListReadsIntoAConsistentGraphOrIsBadInput(@ForAll("edgeLists") String text, @ForAll @IntRange(min = 1, max = 12) int n)
            throws IOException {
        EdgeListGraph graph;
        try {
            graph = new EdgeListReader("graph.file", "g.csv", n).parse(new BufferedReader(new StringReader(text)));
        } catch (InvalidInputException e) {
            assertThat(e.getMessage()).startsWith("graph.file").doesNotContain("\n");
            return;
        }
        assertThat(graph.size()).isEqualTo(n);
        for (int i = 0; i < n; i++) {
            Set<Integer> seen = new TreeSet<>();
            for (int j : graph.neighbours(i)) {
                assertThat(j).as("neighbour of %d", i).isBetween(0, n - 1).isNotEqualTo(i);
                assertThat(seen.add(j)).as("edge %d,%d once", i, j).isTrue();
                assertThat(graph.neighbours(j)).as("symmetric").contains(i);
            }
        }
    }

    @Provide
    Arbitrary<String> edgeLists() {
        Arbitrary<Integer> node = Arbitraries.integers().between(-2, 14);
        Arbitrary<String> edge = Combinators.combine(node, node).as((i, j) -> i + "," + j);
        Arbitrary<String> weighted = Combinators.combine(node, node, Arbitraries.of("1", "0.5", "0", "-1", "NaN", "Infinity", "1e309", "x"))
                .as((i, j, w) -> i + "," + j + "," + w);
        Arbitrary<String> junk = Arbitraries.oneOf(Arbitraries.of("", "# comment", "i,j", "i,j,weight", "I, J", "1;2", "1\t2", "1,2,3,4",
                "1,", ",", "a,b", "1 , 2 # c", "٣,٤", "2147483648,1", "\u0000"), Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(10));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, edge), net.jqwik.api.Tuple.of(2, weighted), net.jqwik.api.Tuple.of(2, junk))
                .list().ofMaxSize(20).map(lines -> String.join("\n", lines));
    }
}
