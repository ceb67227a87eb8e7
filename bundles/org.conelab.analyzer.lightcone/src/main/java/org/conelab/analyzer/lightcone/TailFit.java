package org.conelab.analyzer.lightcone;

/**
 * The Lieb–Robinson fits of one operator's columns X_t·e_j: over all steps t = 1 … T, and over
 * the late steps t ≥ ⌈T/2⌉ only, which shows whether the constants drift (a bound of this form
 * that described the data would give the same constants on both).
 *
 * @param operator the operator's symbol in finding names: {@code A} for A^t, {@code J} for J_t
 * @param tail the samples outside the cone, all steps
 * @param fit the fit on them
 * @param lateFrom the first step of the late fit
 * @param lateFit the fit on the samples of steps lateFrom … T
 */
record TailFit(String operator, ConeTail tail, LiebRobinsonFit fit, int lateFrom, LiebRobinsonFit lateFit) {

    /**
     * @param operator the operator's symbol
     * @param x the columns
     * @param distances d(i, j) for every node i
     * @return both fits, with the cone of {@link ConeTail} at ε = {@link ConeTail#EPSILON}
     */
    static TailFit of(String operator, ScaledColumns x, int[] distances) {
        ConeTail tail = ConeTail.of(x, distances, ConeTail.EPSILON, 1);
        int lateFrom = Math.max(1, (x.steps() + 1) / 2);
        LiebRobinsonFit late = LiebRobinsonFit.of(ConeTail.of(x, distances, ConeTail.EPSILON, lateFrom));
        return new TailFit(operator, tail, LiebRobinsonFit.of(tail), lateFrom, late);
    }
}
