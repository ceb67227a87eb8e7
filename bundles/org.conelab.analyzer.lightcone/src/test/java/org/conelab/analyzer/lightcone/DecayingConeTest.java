package org.conelab.analyzer.lightcone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.conelab.api.analysis.Finding;
import org.conelab.api.solver.ResponseColumns;
import org.junit.jupiter.api.Test;

class DecayingConeTest {

    /** Agreement of a slope or fit on exact data with its value. */
    private static final double EXACT = 1e-9;

    @Test
    void theSlopeOfAnExactLineIsItsSpeed() {
        assertThat(DecayingCone.slope(new int[] {5, 8, 11, 14, 17})).isCloseTo(3.0, within(EXACT));
    }

    @Test
    void theSlopeIsTheLeastSquaresFit() {
        // fronts 0, 1, 1, 3: slope = Σ(t − 1.5)(f − 1.25)/Σ(t − 1.5)² = 4.5/5 = 0.9
        assertThat(DecayingCone.slope(new int[] {0, 1, 1, 3})).isCloseTo(0.9, within(EXACT));
    }

    @Test
    void aSingleStepHasNoSlope() {
        assertThat(DecayingCone.slope(new int[] {4})).isNaN();
    }

    /** Columns exactly exp(logC − (d − v·t)/ξ) on a chain of 2·half + 1 nodes around the source. */
    private static TailFit exact(String operator, double logC, double xi, double v, int steps) {
        int half = 60;
        double[][] values = new double[steps + 1][2 * half + 1];
        double[] logScale = new double[steps + 1];
        int[] distances = new int[2 * half + 1];
        for (int i = 0; i < distances.length; i++) {
            distances[i] = Math.abs(i - half);
        }
        for (int t = 0; t <= steps; t++) {
            logScale[t] = logC + v * t / xi;
            for (int i = 0; i < distances.length; i++) {
                values[t][i] = Math.exp(-distances[i] / xi);
            }
        }
        return TailFit.of(operator, new ScaledColumns(new ResponseColumns(half, new int[steps + 1], values), logScale), distances);
    }

    private static Map<String, Finding> byName(List<Finding> findings) {
        return findings.stream().collect(Collectors.toMap(Finding::name, Function.identity()));
    }

    @Test
    void aFittedVelocityAndItsErrorsAreFindings() {
        Map<String, Finding> f = byName(DecayingCone.fitFindings(".mse", "A", exact("A", -1, 2, 3, 10).fit()));

        assertThat(f.get("lr_velocity_A.mse").measured()).isCloseTo(3, within(EXACT));
        assertThat(f.get("lr_velocity_A.mse").unit()).isEqualTo("nodes/step");
        assertThat(f.get("lr_xi_A.mse").measured()).isCloseTo(2, within(EXACT));
        assertThat(f.get("lr_logC_A.mse").measured()).isCloseTo(-1, within(EXACT));
        assertThat(f).containsKeys("lr_velocity_A_stderr.mse", "lr_xi_A_stderr.mse", "lr_logC_A_stderr.mse", "lr_fit_rms_A.mse");
    }

    @Test
    void aNegativeFittedVelocityIsARecession() {
        Map<String, Finding> f = byName(DecayingCone.fitFindings("", "J", exact("J", -1, 2, -0.5, 10).fit()));

        assertThat(f).doesNotContainKey("lr_velocity_J");
        assertThat(f.get("lr_recession_J").measured()).isCloseTo(0.5, within(EXACT));
        assertThat(f).containsKey("lr_recession_J_stderr");
    }

    @Test
    void aFitThatIsNotPossibleIsNaNAndSaysWhy() {
        // one step only: every sample has t = 1
        Map<String, Finding> f = byName(DecayingCone.fitFindings("", "J", exact("J", -1, 2, 1, 1).fit()));

        assertThat(f.get("lr_velocity_J").measured()).isNaN();
        assertThat(f.get("lr_velocity_J").unit()).contains("no fit");
        assertThat(f.get("lr_xi_J").measured()).isNaN();
        assertThat(f.get("lr_xi_J").unit()).contains("no fit");
        assertThat(f.get("lr_logC_J_stderr").measured()).isNaN();
    }

    @Test
    void aRecedingFrontIsNamedARecessionWithAPositiveRate() {
        TailFit power = exact("A", -1, 2, 3, 4);
        TailFit response = exact("J", -1, 2, 1, 4);
        int[][] fronts = {{9, 7, 5, 3, 1}, {0, 1, 2, 3, 4}, {6, 6, 6, 6, 6}};
        TailScan scan = new TailScan(TailScan.THRESHOLDS.clone(), fronts, power, response);
        Map<String, Finding> f = byName(DecayingCone.findings(".mse", scan));

        assertThat(f.get("front_recession_1e-4.mse").measured()).isCloseTo(2, within(EXACT));
        assertThat(f).doesNotContainKey("front_speed_1e-4.mse");
        assertThat(f.get("front_speed_1e-8.mse").measured()).isCloseTo(1, within(EXACT));
        assertThat(f.get("front_speed_1e-12.mse").measured()).isZero();
        assertThat(f).containsKeys("lr_velocity_A.mse", "lr_velocity_J.mse");
    }

    @Test
    void theContourIsTheFittedBoundsEpsilonLevelAndIsLeftOutWithoutAFit() {
        TailFit response = exact("J", -1, 2, 1.5, 10);
        TailScan scan = new TailScan(TailScan.THRESHOLDS.clone(), new int[3][11], exact("A", 0, 2, 3, 10), response);
        var lines = DecayingCone.contourLines(10, scan, true);

        // C·exp(−(d − v·t)/ξ) = 1e-12 at d = ξ·(ln C + 12·ln 10) + v·t
        double offset = 2 * (-1 + 12 * Math.log(10));
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).x()[0]).isCloseTo(offset, within(EXACT));
        assertThat(lines.get(0).x()[1]).isCloseTo(offset + 15, within(EXACT));
        assertThat(lines.get(1).x()[1]).isCloseTo(-offset - 15, within(EXACT));
        assertThat(DecayingCone.contourReach(10, scan, 999)).isEqualTo((long) Math.ceil(offset + 15));

        TailScan none = new TailScan(TailScan.THRESHOLDS.clone(), new int[3][2], exact("A", 0, 2, 3, 1), exact("J", 0, 2, 3, 1));
        assertThat(DecayingCone.contourLines(1, none, true)).isEmpty();
        assertThat(DecayingCone.contourReach(1, none, 999)).isEqualTo(999);
    }
}
