package org.conelab.api.solver;

/**
 * The columns J_t·e_j, t = 0 … T, of the prediction Jacobian J_t = (I − ηKW)^t for one source
 * node j. Row t holds the entries i = {@code first[t]} … {@code first[t] + values[t].length − 1};
 * a solver may leave out entries that are zero by the structure of the stored matrix (a banded
 * solver skips indices beyond t times the stored half-bandwidth), never entries it assumes zero
 * because of the locality a kernel declares; {@link #at} returns 0 for left-out entries.
 *
 * @param source the perturbed node j
 * @param first the first index held in each row
 * @param values the held entries of each row
 */
public record ResponseColumns(int source, int[] first, double[][] values) {

    /** Checks the shape. */
    public ResponseColumns {
        if (first.length != values.length) {
            throw new IllegalArgumentException("first and values must have one row per step");
        }
    }

    /** @return T, the last step held */
    public int steps() {
        return values.length - 1;
    }

    /** @return (J_t)_{i, source} */
    public double at(int t, int i) {
        int k = i - first[t];
        return k >= 0 && k < values[t].length ? values[t][k] : 0.0;
    }
}
