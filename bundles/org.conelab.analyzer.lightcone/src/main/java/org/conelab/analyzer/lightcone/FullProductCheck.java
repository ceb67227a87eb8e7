package org.conelab.analyzer.lightcone;

import java.util.Locale;
import org.conelab.api.analysis.Coverage;
import org.conelab.api.analysis.Finding;
import org.conelab.api.analysis.Verdict;
import org.conelab.api.graph.Graph;
import org.conelab.api.matrix.SymmetricMatrix;
import org.conelab.api.solver.Solver;

/**
 * The cone's first step measured on every one of the n entries, by whichever solver the run
 * uses: y = K·(w∘e_j) through {@link Solver#product}, and the count of entries y_i ≠ 0 (NaN
 * included) with d(i, j) &gt; R. Theorem 2's induction starts here: J_1·e_j = e_j − η·y is
 * confined to d ≤ R exactly when y is. A kernel that stores one tiny entry beyond its declared
 * range is caught whatever window the solver's response columns use.
 */
final class FullProductCheck {

    private FullProductCheck() {
    }

    static Finding of(Solver solver, SymmetricMatrix kernel, double[] weights, int source, int[] distances, int range) {
        double[] unit = new double[kernel.size()];
        unit[source] = 1.0;
        double[] y = solver.product(kernel, weights, unit);
        long beyond = 0;
        int first = -1;
        for (int i = 0; i < y.length; i++) {
            if (y[i] != 0.0 && distances[i] != Graph.UNREACHABLE && distances[i] > range) {
                beyond++;
                first = first < 0 ? i : first;
            }
        }
        String method = String.format(Locale.ROOT, "K·(w∘e_j) by the solver's product on all %d entries: non-zeros beyond d = R%s",
                y.length, first < 0 ? "" : " (first at node " + first + ", d = " + distances[first] + ")");
        return new Finding("kernel_reach", beyond, 0, 0, "entries", Verdict.of(beyond == 0), Coverage.ALL_ENTRIES, method);
    }
}
