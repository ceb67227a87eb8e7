package org.conelab.graph;

import org.conelab.api.InvalidInputException;

/** The check every graph builder makes on the node count n. */
final class Nodes {

    private Nodes() {
    }

    /**
     * @param n the node count the pipeline asks for
     * @param minimum the least n the graph kind accepts
     * @param kind the graph kind, for the message
     * @throws InvalidInputException naming {@code n} when n &lt; minimum
     */
    static void require(int n, int minimum, String kind) {
        if (n < minimum) {
            throw new InvalidInputException("n", "a " + kind + " needs n >= " + minimum + ", got " + n);
        }
    }
}
