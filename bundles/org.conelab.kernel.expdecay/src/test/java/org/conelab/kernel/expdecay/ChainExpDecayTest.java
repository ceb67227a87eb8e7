package org.conelab.kernel.expdecay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.conelab.kernel.expdecay.Kernels.kernel;

import org.conelab.api.graph.Chain;
import org.conelab.api.kernel.Kernel;
import org.conelab.api.matrix.StencilMatrix;
import org.conelab.testsupport.DenseReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChainExpDecayTest {

    /** Agreement of a stored entry with C0·exp(−k/ξ0), relative. */
    private static final double ENTRY_TOLERANCE = 1e-14;
    /** Smallest eigenvalue accepted: −{@value}·‖K‖. */
    private static final double PSD_TOLERANCE = 1e-10;

    private final ExpDecayKernel generator = new ExpDecayKernel();

    @Test
    void defaultsGiveAStencilOf56Coefficients() {
        Kernel kernel = generator.generate(new Chain(1000), kernel());
        assertThat(kernel.matrix()).isInstanceOf(StencilMatrix.class);
        double[] c = ((StencilMatrix) kernel.matrix()).coefficients();
        // R_eff = ⌊2·ln(10¹²)⌋ = ⌊55.26⌋ = 55
        assertThat(c).hasSize(56);
        for (int k = 0; k < c.length; k++) {
            assertThat(c[k]).isCloseTo(Math.exp(-k / 2.0), within(ENTRY_TOLERANCE * Math.exp(-k / 2.0)));
        }
        assertThat(kernel.locality().isStrictlyLocal()).isFalse();
        assertThat(kernel.locality().decayLength()).isEqualTo(2.0);
        assertThat(kernel.report()).containsKeys("profile", "truncation", "effective_range", "structure", "storage",
                "decay_length");
        assertThat(kernel.report().get("effective_range")).isEqualTo("R_eff = floor(xi0 ln(1/tolerance)) = 55");
        assertThat(kernel.report().get("structure")).isEqualTo("stencil (Toeplitz, half-bandwidth 55)");
        assertThat(kernel.facts().definiteness()).isEqualTo(org.conelab.api.kernel.Definiteness.POSITIVE_DEFINITE);
    }

    @ParameterizedTest(name = "C0 = {0}, xi = {1}, tol = {2}")
    @CsvSource({"1, 2, 1e-12", "3.5, 0.7, 1e-6", "0.2, 10, 1e-3", "1, 1, 0.5"})
    void entriesFollowTheDecayAndAreTruncatedBelowTheTolerance(double c0, double xi, double tol) {
        int n = 300;
        StencilMatrix k = (StencilMatrix) generator.generate(new Chain(n),
                kernel("c0", String.valueOf(c0), "xi", String.valueOf(xi), "tolerance", String.valueOf(tol))).matrix();
        int half = k.halfBandwidth();
        for (int d = 0; d < n; d++) {
            double full = c0 * Math.exp(-d / xi);
            double stored = k.entry(0, d);
            assertThat(Math.abs(stored)).as("|K(0, %d)|", d).isLessThanOrEqualTo(full * (1 + ENTRY_TOLERANCE));
            if (full >= tol * c0 * (1 + 1e-12)) {
                assertThat(stored).as("K(0, %d) kept", d).isCloseTo(full, within(ENTRY_TOLERANCE * full));
            } else if (full < tol * c0 * (1 - 1e-12)) {
                assertThat(stored).as("K(0, %d) dropped", d).isZero();
            }
        }
        assertThat(half).isEqualTo((int) Math.floor(xi * Math.log(1 / tol)));
    }

    @ParameterizedTest(name = "n = {0}, xi = {1}, tol = {2}")
    @CsvSource({
        "400, 2, 1e-12", "400, 5, 0.1", "400, 2, 0.05", "60, 3, 1e-4", "400, 10, 0.2", "400, 3, 0.5", "5, 2, 1e-12", "1, 2, 1e-12"
    })
    void theSymbolBoundIsBelowTheDenseSmallestEigenvalue(int n, double xi, double tol) {
        Kernel kernel = generator.generate(new Chain(n), kernel("xi", String.valueOf(xi), "tolerance", String.valueOf(tol)));
        double bound = kernel.facts().lambdaMinLower();
        double[] spectrum = DenseReference.eigenvalues(kernel.matrix());
        // below the dense reference's λ_min, up to that reference's own rounding
        assertThat(bound).isLessThanOrEqualTo(spectrum[0] + PSD_TOLERANCE);
        assertThat(spectrum[spectrum.length - 1]).as("λ_max within the Gershgorin bound")
                .isLessThanOrEqualTo(kernel.facts().lambdaMaxUpper() + PSD_TOLERANCE);
        if (n >= 400) {
            // λ_min of a long section approaches the symbol minimum
            assertThat(bound).isCloseTo(spectrum[0], within(0.02 * Math.max(1, Math.abs(spectrum[0]))));
        }
        assertThat(kernel.facts().definiteness()).isEqualTo(bound > 0 ? org.conelab.api.kernel.Definiteness.POSITIVE_DEFINITE
                : bound == 0 ? org.conelab.api.kernel.Definiteness.POSITIVE_SEMIDEFINITE : org.conelab.api.kernel.Definiteness.UNKNOWN);
    }

    @Test
    void aCoarseTruncationIsReportedAsNotPsd() {
        // ξ0 = 10, tol = 0.2: R_eff = 16, and the dense λ_min is about −0.18
        Kernel kernel = generator.generate(new Chain(400), kernel("xi", "10", "tolerance", "0.2"));
        double[] spectrum = DenseReference.eigenvalues(kernel.matrix());
        assertThat(spectrum[0]).isLessThan(-0.1);
        assertThat(kernel.facts().definiteness()).isEqualTo(org.conelab.api.kernel.Definiteness.UNKNOWN);
        assertThat(kernel.facts().lambdaMinLower()).isLessThan(spectrum[0]);
    }

    @Test
    void untruncatedChainsArePsdWithTheClosedFormBound() {
        for (int n : new int[] {1, 2, 10, 40}) {
            Kernel kernel = generator.generate(new Chain(n), kernel("xi", "3"));
            double[] spectrum = DenseReference.eigenvalues(kernel.matrix());
            double q = Math.exp(-1 / 3.0);
            assertThat(spectrum[0]).isGreaterThanOrEqualTo((1 - q) / (1 + q) - PSD_TOLERANCE);
            assertThat(kernel.facts().method()).contains("untruncated");
            assertThat(kernel.matrix().halfBandwidth()).isEqualTo(n - 1);
        }
    }

    @Test
    void theSymbolMatchesTheDirectSum() {
        ToeplitzLaplace laplace = new ToeplitzLaplace(1.7, 2.5, 9);
        double q = Math.exp(-1 / 2.5);
        for (double theta = 0; theta <= Math.PI; theta += 0.01) {
            double direct = 1.7;
            for (int k = 1; k <= 9; k++) {
                direct += 2 * 1.7 * Math.pow(q, k) * Math.cos(k * theta);
            }
            assertThat(laplace.symbol(theta)).isCloseTo(direct, within(1e-13));
        }
    }
}
