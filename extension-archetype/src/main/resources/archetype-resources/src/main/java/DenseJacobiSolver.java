package ${package};

import java.util.Arrays;
import org.conelab.api.matrix.SymmetricMatrix;
import org.conelab.api.solver.LinearDynamics;
import org.conelab.api.solver.ResponseColumns;
import org.conelab.api.solver.Solver;
import org.conelab.api.solver.SpectrumBounds;
import org.conelab.api.solver.StepObserver;
import org.osgi.service.component.annotations.Component;

/**
 * A small dense solver with textbook algorithms in plain loops, for any storage structure up to
 * n = {@value #MAX_ORDER}:
 *
 * <ul>
 *   <li>{@link #evolve}: e ← e − η·K·(w∘e), one product with the stored K per step;</li>
 *   <li>{@link #response}: the same recursion from the unit vector e_j, every entry of every
 *       column kept (none is left out);</li>
 *   <li>{@link #solve}: the Cholesky factorisation A = L·Lᵀ and two triangular solves;</li>
 *   <li>{@link #eigenvalues}: the cyclic Jacobi method on S = W^½KW^½ (Golub and Van Loan,
 *       <i>Matrix Computations</i>, §8.5), sweeps of rotations until the off-diagonal mass
 *       off(S) = ‖S − diag(S)‖_F is below ε·‖S‖_F;</li>
 *   <li>{@link #extremes}: the ends of that spectrum. By Weyl's theorem each eigenvalue is within
 *       off(S) of a diagonal entry; the bound adds {@value #ROUNDING_ULPS}·n·ε·‖S‖_F per sweep for
 *       the rounding of the rotations.</li>
 * </ul>
 *
 * <p>O(n²) memory and O(n³) per spectrum. It ranks {@value #RANKING}, below every built-in solver,
 * so {@code solver = auto} keeps choosing those; a pipeline names it with {@code solver = ${id}}.
 * Stateless, so thread-safe.
 */
@Component(service = Solver.class, property = {
    "conelab.id=${id}",
    "service.ranking:Integer=" + DenseJacobiSolver.RANKING,
    "conelab.description=dense solver in plain loops: cyclic Jacobi spectra, Cholesky solves, n <= " + DenseJacobiSolver.MAX_ORDER})
public final class DenseJacobiSolver implements Solver {

    /** Below every built-in solver: chosen only when named. */
    static final int RANKING = 1;
    /** The largest order accepted: a spectrum costs about 10·n³ flops. */
    static final int MAX_ORDER = 400;
    /** Rounding of one Jacobi sweep, in units of n·ε·‖S‖_F. */
    static final int ROUNDING_ULPS = 8;
    private static final int MAX_SWEEPS = 60;
    private static final double EPSILON = Math.ulp(1.0);

    @Override
    public boolean supports(SymmetricMatrix matrix) {
        return matrix.size() <= MAX_ORDER;
    }

    @Override
    public int evolve(LinearDynamics dynamics, double[] error, int steps, int interval, StepObserver observer) {
        check(dynamics.kernel());
        if (error.length != dynamics.size() || steps < 0 || interval < 1) {
            throw new IllegalArgumentException("evolve needs an error of length n = " + dynamics.size()
                    + ", steps >= 0 and interval >= 1, got " + error.length + ", " + steps + ", " + interval);
        }
        double[] scaled = new double[error.length];
        double[] product = new double[error.length];
        if (!observer.observe(0, error)) {
            return 0;
        }
        for (int t = 1; t <= steps; t++) {
            step(dynamics, error, scaled, product);
            if ((t % interval == 0 || t == steps) && !observer.observe(t, error)) {
                return t;
            }
        }
        return steps;
    }

    @Override
    public ResponseColumns response(LinearDynamics dynamics, int source, int steps) {
        check(dynamics.kernel());
        int n = dynamics.size();
        if (source < 0 || source >= n || steps < 0) {
            throw new IllegalArgumentException("response needs 0 <= source < " + n + " and steps >= 0, got " + source + ", " + steps);
        }
        double[][] values = new double[steps + 1][];
        double[] column = new double[n];
        column[source] = 1;
        double[] scaled = new double[n];
        double[] product = new double[n];
        values[0] = column.clone();
        for (int t = 1; t <= steps; t++) {
            step(dynamics, column, scaled, product);
            values[t] = column.clone();
        }
        return new ResponseColumns(source, new int[steps + 1], values);
    }

    @Override
    public double[] solve(SymmetricMatrix matrix, double[] rhs) {
        check(matrix);
        int n = matrix.size();
        if (rhs.length != n) {
            throw new IllegalArgumentException("solve needs a right-hand side of length n = " + n + ", got " + rhs.length);
        }
        double[][] l = cholesky(dense(matrix, null));
        double[] x = rhs.clone();
        for (int i = 0; i < n; i++) {
            // L·z = b, forward
            for (int k = 0; k < i; k++) {
                x[i] -= l[i][k] * x[k];
            }
            x[i] /= l[i][i];
        }
        for (int i = n - 1; i >= 0; i--) {
            // Lᵀ·x = z, backward
            for (int k = i + 1; k < n; k++) {
                x[i] -= l[k][i] * x[k];
            }
            x[i] /= l[i][i];
        }
        return x;
    }

    @Override
    public double[] eigenvalues(SymmetricMatrix kernel, double[] weights) {
        return jacobi(kernel, weights).values;
    }

    @Override
    public SpectrumBounds extremes(SymmetricMatrix kernel, double[] weights) {
        Spectrum spectrum = jacobi(kernel, weights);
        double[] values = spectrum.values;
        return new SpectrumBounds(values[0], values[values.length - 1], spectrum.tolerance);
    }

    /** One step e ← e − η·K·(w∘e), in place; {@code scaled} and {@code product} are work arrays of length n. */
    private static void step(LinearDynamics dynamics, double[] error, double[] scaled, double[] product) {
        int n = error.length;
        double[] w = dynamics.weights();
        for (int i = 0; i < n; i++) {
            scaled[i] = w[i] * error[i];  // w∘e
        }
        dynamics.kernel().apply(scaled, product);  // K·(w∘e)
        for (int i = 0; i < n; i++) {
            error[i] -= dynamics.eta() * product[i];  // e ← e − η·K·(w∘e)
        }
    }

    private static void check(SymmetricMatrix matrix) {
        if (matrix.size() > MAX_ORDER) {
            throw new IllegalArgumentException("this dense solver takes n <= " + MAX_ORDER + ", got n = " + matrix.size());
        }
    }

    /** @return W^½·A·W^½ as a dense array (A itself when {@code weights} is null) */
    private static double[][] dense(SymmetricMatrix matrix, double[] weights) {
        int n = matrix.size();
        if (weights != null && weights.length != n) {
            throw new IllegalArgumentException("weights need length n = " + n + ", got " + weights.length);
        }
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double entry = matrix.entry(i, j);
                a[i][j] = weights == null ? entry : Math.sqrt(weights[i]) * entry * Math.sqrt(weights[j]);
            }
        }
        return a;
    }

    /** @return L with A = L·Lᵀ, lower triangle */
    private static double[][] cholesky(double[][] a) {
        int n = a.length;
        double[][] l = new double[n][n];
        for (int j = 0; j < n; j++) {
            double pivot = a[j][j];
            for (int k = 0; k < j; k++) {
                pivot -= l[j][k] * l[j][k];  // a_jj − Σ l_jk²
            }
            if (!(pivot > 0)) {
                throw new ArithmeticException("the matrix is not positive definite: pivot " + j + " is " + pivot);
            }
            l[j][j] = Math.sqrt(pivot);
            for (int i = j + 1; i < n; i++) {
                double sum = a[i][j];
                for (int k = 0; k < j; k++) {
                    sum -= l[i][k] * l[j][k];
                }
                l[i][j] = sum / l[j][j];  // l_ij = (a_ij − Σ l_ik·l_jk) / l_jj
            }
        }
        return l;
    }

    /** The eigenvalues of S = W^½KW^½, ascending, with one absolute error bound for all. */
    private record Spectrum(double[] values, double tolerance) {
    }

    private static Spectrum jacobi(SymmetricMatrix kernel, double[] weights) {
        check(kernel);
        double[][] a = dense(kernel, weights);
        int n = a.length;
        double norm = frobenius(a);
        double off = offDiagonal(a);
        int sweeps = 0;
        while (off > EPSILON * norm && sweeps < MAX_SWEEPS) {
            for (int p = 0; p < n - 1; p++) {
                for (int q = p + 1; q < n; q++) {
                    if (a[p][q] != 0) {
                        rotate(a, p, q);
                    }
                }
            }
            sweeps++;
            off = offDiagonal(a);
        }
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = a[i][i];
        }
        Arrays.sort(values);
        return new Spectrum(values, off + ROUNDING_ULPS * n * EPSILON * norm * Math.max(1, sweeps));
    }

    /** A ← JᵀAJ with the rotation J in the (p, q) plane that zeroes A(p, q). */
    private static void rotate(double[][] a, int p, int q) {
        // θ = (a_qq − a_pp) / (2a_pq), t = tan of the angle, the smaller root of t² + 2θt − 1 = 0
        double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
        double t = theta == 0 ? 1 : Math.signum(theta) / (Math.abs(theta) + Math.hypot(theta, 1));
        double c = 1 / Math.hypot(t, 1);
        double s = t * c;
        int n = a.length;
        for (int k = 0; k < n; k++) {
            double kp = a[k][p];
            double kq = a[k][q];
            a[k][p] = c * kp - s * kq;
            a[k][q] = s * kp + c * kq;
        }
        for (int k = 0; k < n; k++) {
            double pk = a[p][k];
            double qk = a[q][k];
            a[p][k] = c * pk - s * qk;
            a[q][k] = s * pk + c * qk;
        }
    }

    private static double frobenius(double[][] a) {
        double sum = 0;
        for (double[] row : a) {
            for (double v : row) {
                sum += v * v;
            }
        }
        return Math.sqrt(sum);
    }

    private static double offDiagonal(double[][] a) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a.length; j++) {
                if (i != j) {
                    sum += a[i][j] * a[i][j];
                }
            }
        }
        return Math.sqrt(sum);
    }
}
