package org.conelab.kernel.expdecay;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoubleSupplier;
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
import org.conelab.api.matrix.SparseMatrix;
import org.conelab.api.matrix.StencilMatrix;
import org.conelab.numeric.CsrBuilder;
import org.osgi.service.component.annotations.Component;

/**
 * A kernel with exponential off-diagonal decay (paper §12), K(i, j) = C₀·exp(−r(i, j)/ξ₀),
 * truncated where C₀·exp(−r/ξ₀) &lt; tol·C₀, i.e. beyond r = ξ₀·ln(1/tol).
 *
 * <ul>
 * <li><b>Chain</b>: r = |i − j|; a Toeplitz {@link StencilMatrix} of half-bandwidth
 *     R_eff = ⌊ξ₀·ln(1/tol)⌋ (capped at n − 1): O(R_eff) storage whatever n, so n = 10⁷ costs
 *     nothing. λ_min is bounded below by the Toeplitz symbol ({@link ToeplitzLaplace}).</li>
 * <li><b>Other graphs with a Euclidean embedding</b> ({@link Graph#position}, such as a grid):
 *     r = ‖x_i − x_j‖, the Laplace kernel, PSD untruncated on every R^d
 *     ({@link EmbeddedLaplace}); stored as CSR. λ_min of the stored matrix is computed densely
 *     for n ≤ {@value #DENSE_LIMIT}. The decay length reported in {@link Locality} is in
 *     <em>graph</em> distance: ξ₀·max d/r over the stored pairs (ξ₀ on an 8-neighbour grid, √2·ξ₀
 *     on a 4-neighbour grid, where d = |Δrow| + |Δcol| ≤ √2·r).</li>
 * <li><b>Graphs without an embedding</b> (ring, edge list): exp(−d/ξ₀) with hop distance d is
 *     not PSD in general, so the heat kernel C₀·exp(−τL) is used instead ({@link HeatKernel}),
 *     positive definite on any graph, computed densely for n ≤ {@value #DENSE_LIMIT} (otherwise
 *     an error naming {@code graph}), truncated the same way; its decay length in graph distance
 *     is measured from the stored entries.</li>
 * </ul>
 * Locality is {@link Locality#decaying} (not strictly local); the report gives the truncation
 * tolerance, the effective range and the smallest eigenvalue of what was stored (or a lower
 * bound, or "not computed (n too large)").
 *
 * <p>Keys ({@code kernel.*}): {@code c0} C₀ &gt; 0 (default 1), {@code xi} ξ₀ &gt; 0 (default 2),
 * {@code tolerance} in (0, 1) relative to C₀ (default 1e-12), {@code tau} τ &gt; 0 for the heat
 * kernel (default 1).
 */
@Component(service = KernelGenerator.class, property = {
    ServiceProperties.ID + "=expdecay",
    "service.ranking:Integer=100",
    ServiceProperties.DESCRIPTION + "=Exponential decay C0 exp(-r/xi0), truncated (banded on a chain); heat kernel exp(-tau L) on graphs without an embedding"
})
public final class ExpDecayKernel implements KernelGenerator {

    static final String C0 = "c0";
    static final String XI = "xi";
    static final String TOLERANCE = "tolerance";
    static final String TAU = "tau";
    static final double DEFAULT_C0 = 1.0;
    static final double DEFAULT_XI = 2.0;
    static final double DEFAULT_TOLERANCE = 1e-12;
    static final double DEFAULT_TAU = 1.0;

    /** Largest n for dense O(n³) work: the heat kernel and the smallest eigenvalue. */
    static final int DENSE_LIMIT = 2000;

    /** Rounding slack of a dense smallest eigenvalue, per unit of n·C₀. */
    static final double PSD_SLACK = 1e-14;

    /** The sparse storage may take at most this fraction of the maximum heap. */
    static final double HEAP_FRACTION = 0.5;

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(
                new ParameterSpec(C0, String.valueOf(DEFAULT_C0), "C0 > 0: K(i,i) and the scale of the decay bound"),
                new ParameterSpec(XI, String.valueOf(DEFAULT_XI), "xi0 > 0: decay length, K(i,j) = C0 exp(-r(i,j)/xi0)"),
                new ParameterSpec(TOLERANCE, String.valueOf(DEFAULT_TOLERANCE),
                        "in (0, 1): entries below tolerance*C0 are dropped (range xi0 ln(1/tolerance))"),
                new ParameterSpec(TAU, String.valueOf(DEFAULT_TAU),
                        "tau > 0: heat kernel C0 exp(-tau L), used on graphs without a Euclidean embedding (n <= 2000)"));
    }

    @Override
    public Kernel generate(Graph graph, Parameters parameters) {
        Settings settings = Settings.read(parameters);
        if (graph instanceof Chain chain) {
            return chain(chain, settings);
        }
        double[][] points = positions(graph);
        if (points != null) {
            return embedded(graph, points, settings, parameters);
        }
        if (graph.size() > DENSE_LIMIT) {
            throw new InvalidInputException("graph", "expdecay needs a Euclidean embedding (chain, grid) or n <= "
                    + DENSE_LIMIT + " for the dense heat kernel exp(-tau L); got " + graph.description());
        }
        return HeatKernelReport.generate(graph, settings);
    }

    private static Kernel chain(Chain chain, Settings s) {
        int n = chain.size();
        int rEff = ToeplitzLaplace.effectiveRange(s.xi(), s.tolerance(), Integer.MAX_VALUE - 1);
        int half = Math.min(rEff, n - 1);
        ToeplitzLaplace laplace = new ToeplitzLaplace(s.c0(), s.xi(), half);
        StencilMatrix matrix = laplace.matrix(n);
        boolean truncated = half < n - 1;
        double bound = truncated ? laplace.symbolLowerBound() : laplace.untruncatedMinimum();
        Map<String, String> report = new LinkedHashMap<>();
        report.put("profile", "C0 exp(-|i-j|/xi0) on a chain (symmetric Toeplitz), C0 = " + format(s.c0())
                + ", xi0 = " + format(s.xi()));
        report.put("truncation", truncation(s));
        report.put("effective_range", "R_eff = floor(xi0 ln(1/tolerance)) = " + rEff
                + (truncated ? "" : ", capped at n - 1 = " + (n - 1) + ": nothing dropped"));
        report.put("structure", "stencil (Toeplitz, half-bandwidth " + half + ")");
        report.put("storage", bytes(matrix.storageBytes()));
        report.put("decay_length", format(s.xi()) + " (graph distance = |i - j|)");
        KernelFacts facts = new KernelFacts(bound, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, laplace.gershgorinBound(),
                (truncated ? "λ_min: Toeplitz symbol bound (eigenvalues lie within the range of c0 + 2 Σ c_k cos(kθ))"
                        : "λ_min: untruncated Toeplitz section, λ_min ≥ C0 (1 − q)/(1 + q), q = exp(−1/ξ0)")
                        + "; λ_max ≤ the Gershgorin bound C0·(1 + 2 Σ_k q^k)");
        return new Kernel(matrix, Locality.decaying(s.xi()), report, facts);
    }

    private static Kernel embedded(Graph graph, double[][] points, Settings s, Parameters parameters) {
        int n = graph.size();
        double radius = s.xi() * Math.log(1 / s.tolerance());
        long limit = (long) (HEAP_FRACTION * Runtime.getRuntime().maxMemory());
        SparseMatrix matrix;
        try {
            matrix = EmbeddedLaplace.matrix(points, s.c0(), s.xi(), radius, limit);
        } catch (CsrBuilder.StorageLimitException e) {
            throw new InvalidInputException(parameters.qualified(TOLERANCE), "keeping every pair within r = "
                    + format(radius) + " on " + graph.description() + " needs more than " + bytes(e.bytes())
                    + " (limit " + bytes(limit) + ", half the heap); raise kernel.tolerance or lower kernel.xi");
        }
        EmbeddedLaplace.Hops hops = EmbeddedLaplace.hops(graph, matrix, points);
        double decay = Double.isInfinite(hops.perLength()) ? Double.NaN
                : s.xi() * (hops.perLength() > 0 ? hops.perLength() : 1.0);
        Map<String, String> report = new LinkedHashMap<>();
        report.put("profile", "Laplace kernel C0 exp(-|x_i - x_j|/xi0) on the Euclidean positions, C0 = "
                + format(s.c0()) + ", xi0 = " + format(s.xi()));
        report.put("truncation", truncation(s));
        report.put("effective_range", "r <= xi0 ln(1/tolerance) = " + format(radius)
                + (hops.farthest() == Graph.UNREACHABLE ? "" : ", up to d = " + hops.farthest() + " hops"));
        report.put("structure", "sparse CSR");
        report.put("nnz", String.valueOf(matrix.values().length));
        report.put("storage", bytes(matrix.storageBytes()));
        KernelFacts facts = smallestEigenvalue(n, s.c0(), () -> DenseSpectrum.smallest(matrix));
        report.put("decay_length", Double.isNaN(decay)
                ? "none claimed in graph distance (a stored pair is unreachable or at r = 0)"
                : format(decay) + " in graph distance (xi0 times max d/r = " + format(hops.perLength()) + " over stored pairs)");
        return new Kernel(matrix, Locality.decaying(decay), report, facts);
    }

    /**
     * The smallest eigenvalue of the stored matrix, computed densely when n is small, as an
     * interval of half-width {@link #PSD_SLACK}·n·C₀ (the rounding of a backward-stable dense
     * eigensolver); nothing known for larger n (the untruncated K is PSD; truncation may break it).
     */
    static KernelFacts smallestEigenvalue(int n, double c0, DoubleSupplier dense) {
        if (n > DENSE_LIMIT) {
            return new KernelFacts(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
                    Double.POSITIVE_INFINITY, "λ_min not computed: dense eigenvalues only for n ≤ " + DENSE_LIMIT);
        }
        double smallest = dense.getAsDouble();
        double rounding = PSD_SLACK * n * c0;
        return new KernelFacts(smallest - rounding, smallest + rounding, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
                "λ_min: dense eigenvalues of the stored matrix (EJML), ± n·ε·C0");
    }

    /** @return every node's position, or {@code null} when the graph has no Euclidean embedding */
    private static double[][] positions(Graph graph) {
        Optional<double[]> first = graph.position(0);
        if (first.isEmpty()) {
            return null;
        }
        int n = graph.size();
        double[][] points = new double[n][];
        for (int i = 0; i < n; i++) {
            double[] x = graph.position(i).orElse(null);
            if (x == null || x.length != first.get().length) {
                throw new InvalidInputException("graph", graph.description()
                        + " gives no position of dimension " + first.get().length + " for node " + i);
            }
            points[i] = x;
        }
        return points;
    }

    static String truncation(Settings s) {
        return "entries with C0 exp(-r/xi0) < tolerance C0 dropped, tolerance = " + format(s.tolerance());
    }

    static String format(double value) {
        return String.format(Locale.ROOT, "%.6g", value);
    }

    static String bytes(long bytes) {
        return bytes < 1024 * 1024 ? bytes + " bytes" : String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
    }

    /**
     * The validated keys.
     *
     * @param c0 C₀ &gt; 0
     * @param xi ξ₀ &gt; 0
     * @param tolerance in (0, 1)
     * @param tau τ &gt; 0
     */
    record Settings(double c0, double xi, double tolerance, double tau) {

        static Settings read(Parameters p) {
            double c0 = p.positive(C0, DEFAULT_C0);
            double xi = p.positive(XI, DEFAULT_XI);
            double tolerance = p.real(TOLERANCE, DEFAULT_TOLERANCE);
            if (!(tolerance > 0 && tolerance < 1)) {
                throw new InvalidInputException(p.qualified(TOLERANCE),
                        "must be in (0, 1) (relative to C0), got '" + p.text(TOLERANCE, "") + "'");
            }
            double tau = p.positive(TAU, DEFAULT_TAU);
            return new Settings(c0, xi, tolerance, tau);
        }
    }
}
