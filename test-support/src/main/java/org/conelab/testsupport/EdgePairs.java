package org.conelab.testsupport;

/**
 * Edge lists written inline as interleaved pairs (u_0, v_0, u_1, v_1, …), split into the from and
 * to arrays that edge-list graphs take.
 */
public final class EdgePairs {

    private EdgePairs() {
    }

    /** @return u_0, u_1, …: the even positions of {@code pairs} */
    public static int[] from(int... pairs) {
        return every(pairs, 0);
    }

    /** @return v_0, v_1, …: the odd positions of {@code pairs} */
    public static int[] to(int... pairs) {
        return every(pairs, 1);
    }

    private static int[] every(int[] pairs, int offset) {
        if (pairs.length % 2 != 0) {
            throw new IllegalArgumentException("pairs: an odd count " + pairs.length + " leaves an edge without its end");
        }
        int[] ends = new int[pairs.length / 2];
        for (int e = 0; e < ends.length; e++) {
            ends[e] = pairs[2 * e + offset];
        }
        return ends;
    }
}
