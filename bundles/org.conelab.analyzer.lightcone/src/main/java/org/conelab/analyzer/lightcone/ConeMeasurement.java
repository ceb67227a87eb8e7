package org.conelab.analyzer.lightcone;

import java.util.Arrays;
import org.conelab.api.graph.Graph;
import org.conelab.api.solver.ResponseColumns;

/**
 * Everything measured about one loss's response J_t·e_j, t = 0 … T, three ways at once:
 * <ul>
 *   <li><b>structural</b> ({@link StructuralSupport}): which entries can be non-zero at all;</li>
 *   <li><b>wide-range</b> ({@link WideResponse}): the values without the double range's limits,
 *       and which entries are certified non-zero;</li>
 *   <li><b>the solver's</b> doubles ({@link ResponseColumns}): its numeric front, non-finite
 *       values, entries where the structure says 0, and its agreement with the wide values.</li>
 * </ul>
 * The cone d(i, j) ≤ tR is tested against each (range R ≥ 0; a negative range skips the cone
 * counts). Per step it also keeps ‖J_t·e_j‖₂ for the stability check and a heat-map grid of
 * log10|J_t| by position.
 */
final class ConeMeasurement {

    /** log10 of the smallest normal double: below it a double loses precision, then becomes 0. */
    static final double LOG10_MIN_NORMAL = Math.log10(Double.MIN_NORMAL);

    final int steps;
    final int range;
    final int[] structuralFront;
    final long[] structuralOutside;
    final int[] certifiedFront;
    final long[] certifiedOutside;
    final double[] maxLog10Outside;
    final int[] numericFront;
    final long[] solverOutsideSupport;
    final double[] log2Norm;
    /** The first step with a certified non-zero entry below the normal double range, or −1. */
    int underflowStep = -1;
    /** The first step where the solver returned a non-finite value, or −1. */
    int nonFiniteStep = -1;
    /** The largest |solver − wide| / a_t over the entries where a_t is a normal double. */
    double agreement;
    /** γ_T, the wide computation's relative rounding bound at the last step. */
    double gamma;
    /** Whether the solver's columns held every one of the n entries at every step. */
    boolean solverCoveredAll = true;
    final HeatGrid grid;

    private ConeMeasurement(int steps, int range, HeatGrid grid) {
        this.steps = steps;
        this.range = range;
        this.grid = grid;
        structuralFront = new int[steps + 1];
        structuralOutside = new long[steps + 1];
        certifiedFront = new int[steps + 1];
        certifiedOutside = new long[steps + 1];
        maxLog10Outside = new double[steps + 1];
        Arrays.fill(maxLog10Outside, Double.NEGATIVE_INFINITY);
        numericFront = new int[steps + 1];
        solverOutsideSupport = new long[steps + 1];
        log2Norm = new double[steps + 1];
    }

    /**
     * Measures; advances {@code wide} from t = 0 to T.
     *
     * @param columns the solver's response columns
     * @param wide the wide-range response at t = 0, over the same support
     * @param support the structural support
     * @param distances d(i, j) for every node
     * @param range R, or −1 for no cone
     * @param grid the heat-map grid to fill
     * @param edges on a chain, receives the wide values at the cone's edge per step; or null
     */
    static ConeMeasurement of(ResponseColumns columns, WideResponse wide, StructuralSupport support, int[] distances,
            int range, HeatGrid grid, EdgeValues edges) {
        int steps = columns.steps();
        int n = distances.length;
        ConeMeasurement m = new ConeMeasurement(steps, range, grid);
        for (int t = 0; t <= steps; t++) {
            if (t > 0) {
                wide.advance();
            }
            m.scanWide(t, wide, distances, columns);
            m.scanSolver(t, columns, support, distances, n);
            if (edges != null) {
                edges.record(t, wide, support);
            }
        }
        m.gamma = wide.gamma();
        return m;
    }

    private void scanWide(int t, WideResponse wide, int[] distances, ResponseColumns columns) {
        long radius = range < 0 ? Long.MAX_VALUE : (long) t * range;
        log2Norm[t] = wide.log2Norm();
        for (int p = 0; p < wide.size(); p++) {
            int node = wide.node(p);
            int d = distances[node];
            if (d == Graph.UNREACHABLE) {
                continue;
            }
            structuralFront[t] = Math.max(structuralFront[t], d);
            boolean outside = d > radius;
            if (outside) {
                structuralOutside[t]++;
            }
            double log10 = wide.log10(p);
            grid.put(t, node, log10);
            if (wide.certifiedNonZero(p)) {
                certifiedFront[t] = Math.max(certifiedFront[t], d);
                if (outside) {
                    certifiedOutside[t]++;
                }
                if (underflowStep < 0 && log10 < LOG10_MIN_NORMAL) {
                    underflowStep = t;
                }
            }
            if (outside) {
                maxLog10Outside[t] = Math.max(maxLog10Outside[t], log10);
            }
            compare(wide, p, columns.at(t, node));
        }
    }

    /** agreement ← max(agreement, |solver − wide| / a_t) where a_t is a normal double and the solver finite. */
    private void compare(WideResponse wide, int p, double solver) {
        double scale = wide.scale(p);
        if (!Double.isFinite(solver) || !(scale >= Double.MIN_NORMAL) || Double.isInfinite(scale)) {
            return;
        }
        double error = Math.abs(solver - wide.value(p)) / scale;
        agreement = Math.max(agreement, error);
    }

    private void scanSolver(int t, ResponseColumns columns, StructuralSupport support, int[] distances, int n) {
        double[] row = columns.values()[t];
        int first = columns.first()[t];
        if (first != 0 || row.length != n) {
            solverCoveredAll = false;
        }
        for (int k = 0; k < row.length; k++) {
            double v = row[k];
            if (v == 0.0) {
                continue;
            }
            int node = first + k;
            if (!Double.isFinite(v)) {
                if (nonFiniteStep < 0) {
                    nonFiniteStep = t;
                }
                grid.markNonFinite(t, node);
            }
            if (distances[node] != Graph.UNREACHABLE) {
                numericFront[t] = Math.max(numericFront[t], distances[node]);
            }
            if (support.structurallyZero(node, t)) {
                solverOutsideSupport[t]++;
            }
        }
    }

    /** @return Σ_t of a per-step count */
    static long total(long[] counts) {
        long total = 0;
        for (long c : counts) {
            total += c;
        }
        return total;
    }

    /** @return whether the certified front equals the structural front at every step: the exact front is known */
    boolean frontDetermined() {
        return Arrays.equals(certifiedFront, structuralFront);
    }

    /** @return the first step at which the certified front falls short of the structural one, or −1 */
    int firstUndeterminedStep() {
        for (int t = 0; t <= steps; t++) {
            if (certifiedFront[t] != structuralFront[t]) {
                return t;
            }
        }
        return -1;
    }
}
