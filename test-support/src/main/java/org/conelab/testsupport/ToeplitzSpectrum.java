package org.conelab.testsupport;

import java.util.Arrays;
import org.conelab.api.matrix.StencilMatrix;

/**
 * The closed-form spectrum of the symmetric tri-diagonal Toeplitz matrix T with α on the
 * diagonal and β next to it: λ_k = α + 2β·cos(kπ/(n+1)), k = 1 … n, with eigenvectors
 * v_j = sin(jkπ/(n+1)) (for example G. D. Smith, Numerical Solution of PDEs, 1985, §2.11).
 */
public final class ToeplitzSpectrum {

    private ToeplitzSpectrum() {
    }

    /** @return T as a stencil with coefficients (α, β); for n = 1 it is the 1×1 matrix [α] */
    public static StencilMatrix matrix(int n, double alpha, double beta) {
        return new StencilMatrix(n, new double[] {alpha, beta});
    }

    /** @return λ_1 … λ_n ascending; exactly α for n = 1 (cos(π/2) is not exactly 0 in floating point) */
    public static double[] eigenvalues(int n, double alpha, double beta) {
        double[] values = new double[n];
        for (int k = 1; k <= n; k++) {
            // λ_k = α + 2β·cos(kπ/(n+1))
            values[k - 1] = n == 1 ? alpha : alpha + 2 * beta * Math.cos(k * Math.PI / (n + 1));
        }
        Arrays.sort(values);
        return values;
    }

    /** @return λ_min = α − 2|β|·cos(π/(n+1)), α for n = 1 */
    public static double min(int n, double alpha, double beta) {
        return n == 1 ? alpha : alpha - 2 * Math.abs(beta) * Math.cos(Math.PI / (n + 1));
    }

    /** @return λ_max = α + 2|β|·cos(π/(n+1)), α for n = 1 */
    public static double max(int n, double alpha, double beta) {
        return n == 1 ? alpha : alpha + 2 * Math.abs(beta) * Math.cos(Math.PI / (n + 1));
    }
}
