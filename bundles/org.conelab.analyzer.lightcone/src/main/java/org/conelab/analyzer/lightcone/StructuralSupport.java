package org.conelab.analyzer.lightcone;

import java.util.Arrays;
import org.conelab.api.matrix.SymmetricMatrix;
import org.conelab.numeric.NonZeroPattern;

/**
 * Where J_t·e_j = (I − ηKW)^t·e_j can be non-zero at all, from the stored non-zero pattern of K
 * alone, in exact integer arithmetic: independent of η, of the weights and of floating point.
 *
 * <p>(I − ηKW)_{ik} can be non-zero only where i = k or K_ik ≠ 0. A walk of t steps in that
 * pattern (staying put is allowed) reaches exactly the nodes within t hops of j in the graph of
 * K's off-diagonal non-zeros, so (J_t)_{ij} = 0 exactly whenever hop(i) &gt; t. The converse does
 * not follow (sums of paths may cancel): this is an upper bound on the support, which
 * {@link WideResponse} complements with entries certified non-zero.
 *
 * <p>Nodes are held in breadth-first order: those with hop ≤ t are {@code order[0 …
 * levelEnd[t] − 1]}. Only nodes within {@code steps} hops are visited, so a chain of 10⁷ nodes
 * costs O(T·R).
 *
 * @param position each node's index in {@code order}, {@link #UNREACHED} beyond {@code steps} hops
 * @param order the reached nodes by non-decreasing hop
 * @param levelEnd levelEnd[t] = the number of nodes with hop ≤ t, t = 0 … T
 */
record StructuralSupport(int[] position, int[] order, int[] levelEnd) {

    /** Position of a node not reached within T steps. */
    static final int UNREACHED = Integer.MAX_VALUE;

    /**
     * @param kernel K as stored
     * @param source j
     * @param steps T ≥ 0
     * @return the hop distances from j in K's non-zero pattern, up to T
     */
    static StructuralSupport of(SymmetricMatrix kernel, int source, int steps) {
        int n = kernel.size();
        int[] position = new int[n];
        Arrays.fill(position, UNREACHED);
        int[] order = new int[n];
        int[] levelEnd = new int[steps + 1];
        position[source] = 0;
        order[0] = source;
        int reached = 1;
        int levelStart = 0;
        for (int t = 0; t <= steps; t++) {
            if (t > 0) {
                int end = reached;
                int[] count = {reached};
                for (int p = levelStart; p < end; p++) {
                    NonZeroPattern.forEachInRow(kernel, order[p], (k, value) -> {
                        if (position[k] == UNREACHED) {
                            position[k] = count[0];
                            order[count[0]++] = k;
                        }
                    });
                }
                levelStart = end;
                reached = count[0];
            }
            levelEnd[t] = reached;
        }
        return new StructuralSupport(position, Arrays.copyOf(order, reached), levelEnd);
    }

    /** @return the number of nodes that can be non-zero at step t */
    int size(int t) {
        return levelEnd[t];
    }

    /** @return whether (J_t)_{ij} is exactly zero by structure: node i is more than t hops from j */
    boolean structurallyZero(int node, int t) {
        return position[node] >= levelEnd[t];
    }

    /** @return the last step T covered */
    int steps() {
        return levelEnd.length - 1;
    }
}
