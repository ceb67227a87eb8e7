package org.conelab.analyzer.lightcone;

import static org.assertj.core.api.Assertions.assertThat;

import org.conelab.api.matrix.StencilMatrix;
import org.conelab.api.solver.LinearDynamics;
import org.conelab.api.solver.ResponseColumns;
import org.junit.jupiter.api.Test;

class FrontAmplitudeTest {

    @Test
    void edgeEntriesOfAUniformTridiagonalStepAreEtaBetaWToTheT() {
        // K = tridiag(β, α, β), W = w·I: (J_t)_{j±t, j} = (−ηβw)^t exactly
        double eta = 0.1;
        double beta = 0.4;
        double w = 2.0;
        int n = 41;
        double[] weights = new double[n];
        java.util.Arrays.fill(weights, w);
        LinearDynamics d = new LinearDynamics(new StencilMatrix(n, new double[] {1.0, beta}), weights, eta);
        ResponseColumns columns = new PowerSolver().response(d, 20, 10);

        for (int t = 1; t <= 10; t++) {
            assertThat(columns.at(t, 20 + t)).isCloseTo(Math.pow(-eta * beta * w, t), org.assertj.core.data.Percentage.withPercentage(1e-10));
        }
        assertThat(FrontAmplitude.largestRelativeError(d, columns, edges(d, 20, 1, 10))).isLessThan(1e-12);
    }

    @Test
    void aWrongSolverIsDetected() {
        int n = 21;
        double[] weights = new double[n];
        java.util.Arrays.fill(weights, 1.0);
        LinearDynamics d = new LinearDynamics(new StencilMatrix(n, new double[] {1.0, 0.3}), weights, 0.2);
        ResponseColumns right = new PowerSolver().response(d, 10, 5);
        double[][] values = right.values().clone();
        values[3] = values[3].clone();
        values[3][13] *= 1.01;
        ResponseColumns wrong = new ResponseColumns(10, right.first(), values);

        assertThat(FrontAmplitude.largestRelativeError(d, wrong, edges(d, 10, 1, 5))).isCloseTo(0.01, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void edgeEntriesFarBelowTheDoubleRangeAreComparedInWideRange() {
        // (ηβw)^t with ηβw = 1e-20: at t = 40 the edge is 1e-800, far below double's range
        LinearDynamics d = tinyCoupling();
        EdgeValues edges = edges(d, 50, 1, 40);
        double log10 = org.conelab.numeric.WideSum.log10(edges.mantissa[1][40], edges.exponent[1][40]);
        assertThat(log10).isCloseTo(-800, org.assertj.core.data.Offset.offset(1e-9));

        assertThat(FrontAmplitude.largestRelativeError(d, new PowerSolver().response(d, 50, 40), edges)).isLessThan(1e-12);
    }

    @Test
    void aWrongWideValueFarBelowTheDoubleRangeIsDetected() {
        LinearDynamics d = tinyCoupling();
        EdgeValues edges = edges(d, 50, 1, 40);
        edges.mantissa[0][40] *= 1.001;

        assertThat(FrontAmplitude.largestRelativeError(d, new PowerSolver().response(d, 50, 40), edges))
                .isCloseTo(0.001, org.assertj.core.data.Offset.offset(1e-9));
    }

    /** n = 101, K = tridiag(1e-19, 1, 1e-19), W = I, η = 0.1: the edge is (−1e-20)^t. */
    private static LinearDynamics tinyCoupling() {
        double[] weights = new double[101];
        java.util.Arrays.fill(weights, 1.0);
        return new LinearDynamics(new StencilMatrix(101, new double[] {1.0, 1e-19}), weights, 0.1);
    }

    /** The wide-range edge values of a run from {@code source}. */
    static EdgeValues edges(LinearDynamics d, int source, int range, int steps) {
        StructuralSupport support = StructuralSupport.of(d.kernel(), source, steps);
        WideResponse wide = new WideResponse(d.kernel(), d.weights(), d.eta(), support);
        EdgeValues edges = new EdgeValues(source, range, d.size(), steps);
        for (int t = 0; t <= steps; t++) {
            if (t > 0) {
                wide.advance();
            }
            edges.record(t, wide, support);
        }
        return edges;
    }
}
