package org.conelab.kernel.tridiagonal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.assertj.core.groups.Tuple;
import org.conelab.api.InvalidInputException;
import org.conelab.api.ParameterSpec;
import org.conelab.api.Parameters;
import org.conelab.api.graph.Chain;
import org.conelab.api.graph.Graph;
import org.conelab.api.kernel.Definiteness;
import org.conelab.api.kernel.Kernel;
import org.conelab.api.kernel.KernelFacts;
import org.conelab.api.matrix.StencilMatrix;
import org.conelab.api.matrix.SymmetricMatrix;
import org.conelab.testsupport.DenseReference;
import org.conelab.testsupport.TestParameters;
import org.conelab.testsupport.ToeplitzSpectrum;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TridiagonalKernelTest {

    /** Agreement of a dense EJML eigenvalue with the closed form, relative to ‖K‖ ≤ |α| + 2|β|. */
    private static final double SPECTRUM_TOLERANCE = 1e-12;

    private final TridiagonalKernel generator = new TridiagonalKernel();

    private static Parameters kernel(String... keyValues) {
        return TestParameters.of("kernel", keyValues);
    }

    @Test
    void defaultsAreAlphaOneAndBetaPointFour() {
        Kernel kernel = generator.generate(new Chain(4), kernel());

        assertThat(kernel.matrix()).isInstanceOf(StencilMatrix.class);
        StencilMatrix stencil = (StencilMatrix) kernel.matrix();
        assertThat(stencil.size()).isEqualTo(4);
        assertThat(stencil.coefficients()).containsExactly(1.0, 0.4);
        assertThat(kernel.locality().range()).isEqualTo(1);
        assertThat(kernel.locality().isStrictlyLocal()).isTrue();
        assertThat(generator.parameters()).extracting(ParameterSpec::name, ParameterSpec::defaultValue)
                .containsExactly(Tuple.tuple("alpha", "1.0"),
                        Tuple.tuple("beta", "0.4"));
    }

    @Test
    void entriesAreAlphaOnTheDiagonalBetaNextToItAndZeroBeyond() {
        SymmetricMatrix k = generator.generate(new Chain(5), kernel("alpha", "2.5", "beta", "-0.75")).matrix();
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                double expected = i == j ? 2.5 : Math.abs(i - j) == 1 ? -0.75 : 0.0;
                assertThat(k.entry(i, j)).as("K(%d, %d)", i, j).isEqualTo(expected);
            }
        }
        assertThat(k.halfBandwidth()).isEqualTo(1);
    }

    @Test
    void aSingleNodeIsTheOneByOneMatrixAlpha() {
        Kernel kernel = generator.generate(new Chain(1), kernel("alpha", "3.0"));
        assertThat(((StencilMatrix) kernel.matrix()).coefficients()).containsExactly(3.0);
        assertThat(kernel.matrix().entry(0, 0)).isEqualTo(3.0);
        assertThat(kernel.locality().range()).isEqualTo(1);
        assertThat(kernel.facts().lambdaMinLower()).isCloseTo(3.0, within(1e-14));
        assertThat(kernel.facts().lambdaMaxUpper()).isCloseTo(3.0, within(1e-14));
    }

    @ParameterizedTest(name = "n = {0}, alpha = {1}, beta = {2}")
    @CsvSource({
        "1, 1.0, 0.4", "2, 1.0, 0.4", "2, 1.0, -0.4", "7, 1.0, 0.4", "7, 1.0, -0.4",
        "50, 1.0, 0.4", "50, 1.0, -0.4", "50, 3.0, -1.5"
    })
    void spectrumMatchesTheClosedForm(int n, double alpha, double beta) {
        SymmetricMatrix k = generator.generate(new Chain(n),
                kernel("alpha", String.valueOf(alpha), "beta", String.valueOf(beta))).matrix();

        double[] expected = ToeplitzSpectrum.eigenvalues(n, alpha, beta);

        double[] actual = DenseReference.eigenvalues(k);
        double tolerance = SPECTRUM_TOLERANCE * (Math.abs(alpha) + 2 * Math.abs(beta));
        for (int m = 0; m < n; m++) {
            assertThat(actual[m]).as("λ_%d", m + 1).isCloseTo(expected[m], within(tolerance));
        }
    }

    @ParameterizedTest(name = "n = {0}, alpha = {1}, beta = {2}")
    @CsvSource({"2, 1.0, 0.4", "7, 1.0, -0.4", "50, 1.0, 0.4", "50, 0.8, 0.4"})
    void reportsTheExactExtremesAndPositiveDefiniteness(int n, double alpha, double beta) {
        Kernel kernel = generator.generate(new Chain(n),
                kernel("alpha", String.valueOf(alpha), "beta", String.valueOf(beta)));
        double[] dense = DenseReference.eigenvalues(kernel.matrix());
        double lambdaMin = ToeplitzSpectrum.min(n, alpha, beta);

        assertThat(kernel.report()).containsEntry("structure", "stencil (constant-coefficient, R = 1)");
        KernelFacts facts = kernel.facts();
        assertThat(facts.definiteness()).isEqualTo(Definiteness.POSITIVE_DEFINITE);
        // the stated intervals contain the dense reference's extremes (to its own rounding)
        double denseRounding = 1e-14 * dense[n - 1];
        assertThat(dense[0]).isBetween(facts.lambdaMinLower() - denseRounding, facts.lambdaMinUpper() + denseRounding);
        assertThat(dense[n - 1]).isBetween(facts.lambdaMaxLower() - denseRounding, facts.lambdaMaxUpper() + denseRounding);
        assertThat(facts.lambdaMinUpper() - facts.lambdaMinLower()).isLessThan(1e-14 * (Math.abs(alpha) + 2 * Math.abs(beta)));
        assertThat(lambdaMin).isBetween(facts.lambdaMinLower(), facts.lambdaMinUpper());
    }

    @Test
    void theBoundaryOfThePsdConeIsAcceptedButNotPositiveDefinite() {
        int n = 7;
        double beta = 0.4;
        double alpha = 2 * beta * Math.cos(Math.PI / (n + 1));
        Kernel kernel = generator.generate(new Chain(n),
                kernel("alpha", String.valueOf(alpha), "beta", String.valueOf(beta)));

        assertThat(kernel.facts().definiteness()).isNotEqualTo(Definiteness.POSITIVE_DEFINITE);
        assertThat(kernel.facts().lambdaMinLower()).isLessThanOrEqualTo(0.0);
        assertThat(DenseReference.eigenvalues(kernel.matrix())[0]).isCloseTo(0.0, within(SPECTRUM_TOLERANCE));
    }

    @Test
    void rejectsAKernelThatIsNotPositiveSemiDefiniteNamingAlpha() {
        // n = 7: λ_min = 0.5 − 0.8·cos(π/8) ≈ −0.239
        assertThatThrownBy(() -> generator.generate(new Chain(7), kernel("alpha", "0.5", "beta", "0.4")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("kernel.alpha: K is not positive semi-definite: λ_min = -0.239")
                .hasMessageContaining("need alpha >= 2|beta|cos(pi/(n+1))")
                .extracting(e -> ((InvalidInputException) e).subject()).isEqualTo("kernel.alpha");
        assertThatThrownBy(() -> generator.generate(new Chain(1), kernel("alpha", "-1")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("kernel.alpha: ");
        // a tiny β still has λ_min < 0 when α = 0 and n > 1
        assertThatThrownBy(() -> generator.generate(new Chain(7), kernel("alpha", "0", "beta", "1e-3")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("kernel.alpha: ");
    }

    @Test
    void rejectsAZeroCouplingNamingBeta() {
        assertThatThrownBy(() -> generator.generate(new Chain(5), kernel("beta", "0")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("kernel.beta: must be non-zero")
                .extracting(e -> ((InvalidInputException) e).subject()).isEqualTo("kernel.beta");
        assertThatThrownBy(() -> generator.generate(new Chain(5), kernel("beta", "-0.0")))
                .hasMessageStartingWith("kernel.beta: ");
    }

    @Test
    void rejectsMalformedNumbersNamingTheKey() {
        assertThatThrownBy(() -> generator.generate(new Chain(5), kernel("alpha", "one")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("kernel.alpha: ");
    }

    @Test
    void rejectsAGraphThatIsNotAChain() {
        Graph ring = new Graph() {
            @Override
            public int size() {
                return 4;
            }

            @Override
            public int[] neighbours(int node) {
                return new int[] {(node + 3) % 4, (node + 1) % 4};
            }

            @Override
            public int[] distancesFrom(int source) {
                int[] d = new int[4];
                for (int i = 0; i < 4; i++) {
                    d[i] = Math.min(Math.abs(i - source), 4 - Math.abs(i - source));
                }
                return d;
            }

            @Override
            public String description() {
                return "ring(n=4)";
            }
        };
        assertThatThrownBy(() -> generator.generate(ring, kernel()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("graph: the tridiagonal kernel needs a chain graph, got ring(n=4)");
    }
}
