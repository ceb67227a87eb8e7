package org.conelab.numeric;

import org.conelab.api.InvalidInputException;

/**
 * The argument checks that the {@code org.conelab.api.solver.Solver} contract asks of every
 * solver, in one place so that every solver words a bad argument the same way. Each check
 * throws an {@link InvalidInputException} whose subject names the argument at fault (or its
 * entry, as {@code weights[3]}), and returns normally otherwise; none allocates or modifies
 * its argument.
 */
public final class SolverArguments {

    private SolverArguments() {
    }

    /**
     * Requires a vector of length n.
     *
     * @param name the argument's name, the subject of the message
     * @param vector the vector, may be null
     * @param n the required length
     * @throws InvalidInputException with subject {@code name} when the vector is null or its length is not n
     */
    public static void length(String name, double[] vector, int n) {
        if (vector == null || vector.length != n) {
            throw new InvalidInputException(name, "needs length n = " + n + ", got "
                    + (vector == null ? "null" : String.valueOf(vector.length)));
        }
    }

    /**
     * Requires value ≥ min.
     *
     * @param name the argument's name, the subject of the message
     * @param value the value
     * @param min the least value allowed
     * @throws InvalidInputException with subject {@code name} when value &lt; min
     */
    public static void atLeast(String name, int value, int min) {
        if (value < min) {
            throw new InvalidInputException(name, "must be >= " + min + ", got " + value);
        }
    }

    /**
     * Requires n weights, each a finite number w_i &gt; 0.
     *
     * @param weights w, may be null
     * @param n the number of nodes
     * @throws InvalidInputException with subject {@code weights} when the length is not n, or
     *     {@code weights[i]} for the first weight that is not a finite number &gt; 0
     */
    public static void weights(double[] weights, int n) {
        weights(weights, n, 0, n);
    }

    /**
     * Requires n weights, and that w_i is a finite number &gt; 0 for i in [from, to) only: a
     * solver that reads a window of the weights (a light cone) checks just that window, at a
     * cost independent of n.
     *
     * @param weights w, may be null
     * @param n the number of nodes
     * @param from the first index checked, 0 ≤ from
     * @param to one past the last index checked, to ≤ n
     * @throws InvalidInputException with subject {@code weights} when the length is not n, or
     *     {@code weights[i]} for the first weight in [from, to) that is not a finite number &gt; 0
     */
    public static void weights(double[] weights, int n, int from, int to) {
        length("weights", weights, n);
        for (int i = from; i < to; i++) {
            // NaN fails w_i > 0, +∞ fails isFinite
            if (!(weights[i] > 0) || !Double.isFinite(weights[i])) {
                throw new InvalidInputException("weights[" + i + "]", "must be a finite number > 0, got " + weights[i]);
            }
        }
    }

    /**
     * Requires a node index 0 ≤ source &lt; n, the source j of a response J_t·e_j.
     *
     * @param source j
     * @param n the number of nodes
     * @throws InvalidInputException with subject {@code source} when it is not a node
     */
    public static void source(int source, int n) {
        if (source < 0 || source >= n) {
            throw new InvalidInputException("source", "must be a node between 0 and " + (n - 1) + ", got " + source);
        }
    }

    /**
     * Requires a step count T whose T + 1 response columns J_0·e_j … J_T·e_j can be indexed
     * by an int: 0 ≤ T &lt; {@link Integer#MAX_VALUE}.
     *
     * @param steps T
     * @throws InvalidInputException with subject {@code steps} when T &lt; 0 or T = {@link Integer#MAX_VALUE}
     */
    public static void storableSteps(int steps) {
        atLeast("steps", steps, 0);
        if (steps == Integer.MAX_VALUE) {
            throw new InvalidInputException("steps", "must be < " + Integer.MAX_VALUE + " to store steps + 1 columns");
        }
    }
}
