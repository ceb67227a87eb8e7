package org.conelab.analyzer.propagator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.conelab.analyzer.propagator.field.FreePropagator;
import org.conelab.analyzer.propagator.field.Lattice;
import org.conelab.testsupport.TestParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The lattice propagator against the paper's eq. (6) as printed, on a box wide enough (12ℓ)
 * that its walls are far below the discretisation error, so no image sum is involved: the
 * error must fall by 4 each time h halves (second order), for several λ and y₀. The 1-D
 * massless limit is checked against |x|/(2λ), and the study's own orders in 2-D and 3-D.
 */
class PropagatorConvergenceTest {

    /** How close each error ratio per halving must be to 4 (from h = ℓ/8 on; ℓ/4 → ℓ/8 is allowed ± 0.5). */
    private static final double RATIO_BAND = 0.15;
    /** The bound on 2λ(G(0) − G(x))/|x| − 1 as y₀ → ∞. */
    private static final double MASSLESS = 1e-6;
    /** Half-width of the box in ℓ: the walls change G at |x| ≤ 3ℓ by about e^{−18}. */
    private static final int BOX = 12;

    @ParameterizedTest(name = "λ = {0}, y0 = {1}")
    @CsvSource({"1, 1", "0.5, 3", "2, 0.25", "0.02, 10", "30, 0.1"})
    void theErrorAgainstEq6FallsFourfoldWhenTheSpacingHalves(double lambda, double y0) {
        double length = FreePropagator.length(lambda, y0);
        double m2 = FreePropagator.massSquared(y0);
        List<Double> errors = new ArrayList<>();
        int coarse = 4;
        for (int level = 0; level < 4; level++) {
            int perLength = coarse << level;
            Lattice lattice = new Lattice(1, BOX * perLength, length / perLength);
            double[] u = Fixtures.BANDED.solve(lattice.operator(lambda, m2, Long.MAX_VALUE), lattice.pointSource());
            double max = 0;
            // the coarsest lattice's nodes with |x| ≤ 3ℓ, the same points at every level
            for (int k = -3 * coarse; k <= 3 * coarse; k++) {
                int node = lattice.node(k << level);
                double x = lattice.position(node)[0];
                double g = FreePropagator.eq6(x, lambda, y0);
                max = Math.max(max, Math.abs(u[node] - g) / g);
            }
            errors.add(max);
        }
        for (int k = 1; k < errors.size(); k++) {
            double ratio = errors.get(k - 1) / errors.get(k);
            assertThat(ratio).as("error ratio h = ℓ/%d → ℓ/%d, errors %s", coarse << (k - 1), coarse << k, errors)
                    .isCloseTo(4, within(k == 1 ? 0.5 : RATIO_BAND));
        }
        // second order with the constant of the discrete decay rate: cosh(κ_h h) = 1 + h²/(2ℓ²) gives κ_h ≈ κ(1 − h²/(24ℓ²)),
        // a relative error about (3ℓ)·κ·h²/(24ℓ²) = h²/(8ℓ²) at |x| = 3ℓ
        double h = length / (coarse << 3);
        assertThat(errors.get(3)).isCloseTo(h * h / (8 * length * length), within(0.3 * h * h / (8 * length * length)));
    }

    @ParameterizedTest(name = "λ = {0}")
    @CsvSource({"0.7", "1", "25"})
    void asY0GrowsTheChainsPropagatorBecomesTheMasslessOne(double lambda) {
        double y0 = 1e7;
        double h = 0.1;
        int half = 200;
        Lattice lattice = new Lattice(1, half, h);
        double[] u = Fixtures.BANDED.solve(lattice.operator(lambda, FreePropagator.massSquared(y0), Long.MAX_VALUE), lattice.pointSource());
        double[] axis = lattice.axisProfile(u);
        for (int k = 1; k < half; k++) {
            double x = k * h;
            assertThat(2 * lambda * (axis[0] - axis[k]) / x).as("lattice, x = %s", x).isCloseTo(1, within(MASSLESS));
            // eq. (6) itself, on the infinite line: G(0) − G(x) = y0/√(2λ)·(1 − e^{−x/ℓ}) → x/(2λ)
            double g = FreePropagator.eq6(0, lambda, y0) - FreePropagator.eq6(x, lambda, y0);
            assertThat(2 * lambda * g / x).as("eq. (6), x = %s", x).isCloseTo(1, within(MASSLESS));
        }
    }

    /** The study itself: the least-squares order over its levels, in every dimension, and its fitted lengths. */
    @ParameterizedTest(name = "d = {0}")
    @CsvSource({"1, 0.05", "2, 0.1", "3, 0.25"})
    void theStudyFindsSecondOrderInEveryDimension(int d, double band) {
        PropagatorSettings settings = PropagatorSettings.of(TestParameters.of("propagator", "lambda", "0.8", "y0", "1.7"));
        Solves solves = new Solves(choice(), Fixtures.BANDED, "banded-scalar", 1L << 30);
        ConvergenceStudy.Result r = ConvergenceStudy.run(d, settings, solves);
        assertThat(r.unmeasurable()).isNull();
        assertThat(r.order().slope()).as("errors %s", r.levels()).isCloseTo(2, within(band));
        assertThat(r.fit().length()).isCloseTo(settings.length(), within(Tolerances.LENGTH * settings.length()));
        assertThat(r.finest().solver()).startsWith(d == 1 ? "banded-scalar (the pipeline's solver)" : "iterative (the pipeline's banded-scalar");
        assertThat(r.levels()).hasSize(d == 3 ? 3 : 4);
    }

    @Test
    void tooFewLevelsInTheNodeBudgetAreNotMeasurable() {
        PropagatorSettings settings = PropagatorSettings.of(TestParameters.of("propagator", "max_nodes", "2000"));
        ConvergenceStudy.Result r = ConvergenceStudy.run(3, settings, new Solves(choice(), Fixtures.BANDED, "banded-scalar", 1L << 30));
        assertThat(r.unmeasurable()).contains("only 1 of the spacings").contains("propagator.max_nodes = 2000");
    }

    static SolverChoice choice() {
        SolverChoice choice = new SolverChoice();
        choice.add(Fixtures.BANDED, Map.of("conelab.id", "banded-scalar", "service.ranking", 150));
        choice.add(Fixtures.ITERATIVE, Map.of("conelab.id", "iterative", "service.ranking", 50));
        choice.add(Fixtures.DENSE, Map.of("conelab.id", "dense", "service.ranking", 10));
        return choice;
    }
}
