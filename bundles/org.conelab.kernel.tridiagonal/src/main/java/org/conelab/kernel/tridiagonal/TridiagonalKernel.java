package org.conelab.kernel.tridiagonal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.conelab.api.InvalidInputException;
import org.conelab.api.ParameterSpec;
import org.conelab.api.Parameters;
import org.conelab.api.ServiceProperties;
import org.conelab.api.graph.Chain;
import org.conelab.api.graph.Graph;
import org.conelab.api.kernel.Kernel;
import org.conelab.api.kernel.KernelFacts;
import org.conelab.api.kernel.KernelGenerator;
import org.conelab.api.kernel.Locality;
import org.conelab.api.matrix.StencilMatrix;
import org.osgi.service.component.annotations.Component;

/**
 * The nearest-neighbour kernel of the paper's §14 on a chain of n nodes: the symmetric
 * tri-diagonal Toeplitz matrix with α on the diagonal and β ≠ 0 next to it, range R = 1.
 *
 * <p>Its spectrum is known in closed form:
 * λ_k = α + 2β·cos(kπ/(n+1)), k = 1 … n, so the exact extremes are
 * λ_min = α − 2|β|·cos(π/(n+1)) and λ_max = α + 2|β|·cos(π/(n+1)). A neural tangent kernel is
 * positive semi-definite, so parameters with λ_min &lt; 0 are rejected; K is positive definite
 * exactly when α &gt; 2|β|·cos(π/(n+1)). For n = 1 the kernel is the 1×1 matrix [α].
 *
 * <p>Parameters ({@code kernel.*}): {@code alpha} (default {@value #DEFAULT_ALPHA}) and
 * {@code beta} (default {@value #DEFAULT_BETA}).
 */
@Component(service = KernelGenerator.class, property = {
    ServiceProperties.ID + "=tridiagonal",
    "service.ranking:Integer=100",
    ServiceProperties.DESCRIPTION + "=Tri-diagonal kernel on a chain: alpha on the diagonal, beta next to it (R = 1, paper section 14)"
})
public final class TridiagonalKernel implements KernelGenerator {

    static final String ALPHA = "alpha";
    static final String BETA = "beta";
    static final double DEFAULT_ALPHA = 1.0;
    static final double DEFAULT_BETA = 0.4;

    /**
     * λ_min is accepted down to −{@value}·(|α| + 2|β|): the rounding error of the closed form,
     * so that α = 2|β|·cos(π/(n+1)) on the boundary of the PSD cone is not rejected by an ulp.
     */
    static final double PSD_SLACK = 1e-14;
    /** Relative rounding of the closed-form eigenvalues, as a multiple of |α| + 2|β|: a few ulps. */
    static final double CLOSED_FORM_ROUNDING = 4 * Math.ulp(1.0);

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                new ParameterSpec(ALPHA, String.valueOf(DEFAULT_ALPHA),
                        "diagonal K(i, i); K is PSD only if alpha >= 2|beta|cos(pi/(n+1))"),
                new ParameterSpec(BETA, String.valueOf(DEFAULT_BETA),
                        "nearest-neighbour coupling K(i, i±1), must be non-zero"));
    }

    @Override
    public Kernel generate(Graph graph, Parameters parameters) {
        if (!(graph instanceof Chain chain)) {
            throw new InvalidInputException("graph",
                    "the tridiagonal kernel needs a chain graph, got " + graph.description());
        }
        double alpha = parameters.real(ALPHA, DEFAULT_ALPHA);
        double beta = parameters.real(BETA, DEFAULT_BETA);
        if (beta == 0.0) {
            throw new InvalidInputException(parameters.qualified(BETA),
                    "must be non-zero: the tridiagonal kernel couples neighbours (paper §14 needs beta != 0), got 0");
        }
        int n = chain.size();
        double lambdaMin = smallestEigenvalue(alpha, beta, n);
        double lambdaMax = largestEigenvalue(alpha, beta, n);
        if (lambdaMin < -PSD_SLACK * (Math.abs(alpha) + 2 * Math.abs(beta))) {
            throw new InvalidInputException(parameters.qualified(ALPHA),
                    "K is not positive semi-definite: λ_min = " + format(lambdaMin)
                            + " < 0; need alpha >= 2|beta|cos(pi/(n+1)) = " + format(alpha - lambdaMin)
                            + " for n = " + n);
        }
        double[] coefficients = n == 1 ? new double[] {alpha} : new double[] {alpha, beta};

        Map<String, String> report = new LinkedHashMap<>();
        report.put("structure", "stencil (constant-coefficient, R = 1)");
        // the closed form evaluated in double: a few roundings of |α| + 2|β|
        double rounding = CLOSED_FORM_ROUNDING * (Math.abs(alpha) + 2 * Math.abs(beta));
        KernelFacts facts = new KernelFacts(lambdaMin - rounding, lambdaMin + rounding, lambdaMax - rounding, lambdaMax + rounding,
                "closed form λ_k = α + 2β·cos(kπ/(n+1)), k = 1 … n");
        return new Kernel(new StencilMatrix(n, coefficients), Locality.range(1), report, facts);
    }

    /** @return λ_min = α − 2|β|·cos(π/(n+1)), and α itself for n = 1 */
    static double smallestEigenvalue(double alpha, double beta, int n) {
        return n == 1 ? alpha : alpha - 2 * Math.abs(beta) * Math.cos(Math.PI / (n + 1));
    }

    /** @return λ_max = α + 2|β|·cos(π/(n+1)), and α itself for n = 1 */
    static double largestEigenvalue(double alpha, double beta, int n) {
        return n == 1 ? alpha : alpha + 2 * Math.abs(beta) * Math.cos(Math.PI / (n + 1));
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.6g", value);
    }
}
