package org.conelab.analyzer.lightcone;

/**
 * The wide-range values of J_t·e_j at the two edges of the cone on a chain, nodes j − tR and
 * j + tR, per step, for comparison with their closed form ({@link FrontAmplitude}). An edge off
 * the chain is recorded as absent.
 */
final class EdgeValues {

    final int source;
    final int range;
    final int n;
    /** [side][t]: side 0 is j − tR, side 1 is j + tR. */
    final double[][] mantissa;
    final long[][] exponent;
    final boolean[][] present;

    EdgeValues(int source, int range, int n, int steps) {
        this.source = source;
        this.range = range;
        this.n = n;
        mantissa = new double[2][steps + 1];
        exponent = new long[2][steps + 1];
        present = new boolean[2][steps + 1];
    }

    void record(int t, WideResponse wide, StructuralSupport support) {
        for (int side = 0; side < 2; side++) {
            long node = source + (side == 0 ? -1L : 1L) * t * range;
            if (node < 0 || node >= n || support.structurallyZero((int) node, t)) {
                continue;
            }
            int p = support.position()[(int) node];
            mantissa[side][t] = wide.mantissa(p);
            exponent[side][t] = wide.exponent(p);
            present[side][t] = true;
        }
    }
}
