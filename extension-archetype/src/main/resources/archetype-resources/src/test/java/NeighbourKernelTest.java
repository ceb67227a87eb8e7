package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.conelab.api.InvalidInputException;
import org.conelab.api.Parameters;
import org.conelab.api.graph.Chain;
import org.conelab.api.kernel.Kernel;
import org.conelab.api.kernel.KernelFacts;
import org.junit.jupiter.api.Test;

class NeighbourKernelTest {

    private static final double EXACT = 1e-15;

    private final NeighbourKernel generator = new NeighbourKernel();

    @Test
    void isTheTridiagonalMatrixOnAChain() {
        Kernel kernel = generator.generate(new Chain(5), section("0.3"));
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                double expected = i == j ? 1 : Math.abs(i - j) == 1 ? 0.3 : 0;
                assertEquals(expected, kernel.matrix().entry(i, j), EXACT, "K(" + i + ", " + j + ")");
            }
        }
        assertEquals(1, kernel.matrix().halfBandwidth());
        assertEquals(1, kernel.locality().range());
    }

    @Test
    void factsEncloseTheClosedFormSpectrumOfAChain() {
        int n = 40;
        double c = -0.45;
        KernelFacts facts = generator.generate(new Chain(n), section(String.valueOf(c))).facts();
        for (int k = 1; k <= n; k++) {
            // the tridiagonal Toeplitz matrix tridiag(c, 1, c): λ_k = 1 + 2c·cos(kπ/(n+1))
            double lambda = 1 + 2 * c * Math.cos(k * Math.PI / (n + 1));
            assertTrue(facts.lambdaMinLower() <= lambda && lambda <= facts.lambdaMaxUpper(), "λ_" + k + " = " + lambda);
        }
        assertTrue(facts.lambdaMinLower() > 0, "positive definite");
    }

    @Test
    void rejectsACouplingThatWouldNotBePositiveDefinite() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> generator.generate(new Chain(10), section("0.5")));
        assertEquals("kernel.coupling", e.subject());
    }

    private static Parameters section(String coupling) {
        return new Parameters("kernel", Map.of(NeighbourKernel.COUPLING, coupling));
    }
}
