package org.conelab.analyzer.propagator.field;

import org.conelab.api.matrix.SparseMatrix;
import org.conelab.api.matrix.StencilMatrix;
import org.conelab.api.matrix.SymmetricMatrix;
import org.conelab.numeric.CsrBuilder;

/**
 * The box [−L, L]^d (d = 1, 2, 3) cut into a cubic lattice of spacing h, L = half·h, with
 * Dirichlet walls: the unknowns are the (2·half − 1)^d interior nodes at x = h·(o_0, …, o_{d−1}),
 * o_a ∈ {−(half − 1), …, half − 1}; the wall nodes are 0 and carry no unknown. Node numbers run
 * with axis 0 fastest: node = Σ_a (o_a + half − 1)·side^a, side = 2·half − 1.
 *
 * <p>{@link #operator} is the standard second-order discretisation of −λΔ + m² on it: the
 * (2d + 1)-point stencil (λ/h²)·(2d·u_i − Σ_{j∼i} u_j) + m²·u_i, with the neighbours beyond a
 * wall left out (they are 0). It is symmetric positive definite for m² ≥ 0 (the Dirichlet
 * Laplacian's least eigenvalue is (λ/h²)·2d·(1 − cos(π/(2·half))) &gt; 0). On a chain it is
 * the constant-coefficient stencil tridiag(−λ/h², 2λ/h² + m², −λ/h²); on grids a CSR matrix with
 * both triangles, columns ascending.
 *
 * <p>{@link #pointSource} is the lattice δ at the centre, e_c/h^d, so that the solution of
 * A·u = e_c/h^d approximates the Green's function G(x) of (−λΔ + m²)G = δ at the nodes, to
 * O(h²) at a fixed x ≠ 0 (and at x = 0 too in one dimension).
 *
 * @param dimension d, 1 to 3
 * @param half the half-width in spacings, L/h, ≥ 2 (a side of 2·half − 1 ≥ 3 nodes)
 * @param spacing h &gt; 0
 */
public record Lattice(int dimension, int half, double spacing) {

    /** Checks d, the half-width and the spacing, and that the lattice has fewer than 2³¹ nodes. */
    public Lattice {
        if (dimension < 1 || dimension > 3) {
            throw new IllegalArgumentException("a lattice has dimension 1, 2 or 3, got " + dimension);
        }
        if (half < 2) {
            throw new IllegalArgumentException("a lattice needs a half-width of at least 2 spacings, got " + half);
        }
        if (!(spacing > 0) || !Double.isFinite(spacing)) {
            throw new IllegalArgumentException("the spacing must be finite and > 0, got " + spacing);
        }
        if (nodes(dimension, half) > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("a lattice of half-width " + half + " in " + dimension + "-D has "
                    + nodes(dimension, half) + " nodes, more than an array holds");
        }
    }

    /**
     * @param dimension d
     * @param half L/h
     * @return (2·half − 1)^d, in long arithmetic
     */
    public static long nodes(int dimension, int half) {
        long side = 2L * half - 1;
        long n = 1;
        for (int a = 0; a < dimension; a++) {
            n *= side;
        }
        return n;
    }

    /** @return the nodes per axis, 2·half − 1 */
    public int side() {
        return 2 * half - 1;
    }

    /** @return the number of nodes, side^d */
    public int size() {
        return (int) nodes(dimension, half);
    }

    /** @return L, the distance from the centre to a wall */
    public double halfWidth() {
        return half * spacing;
    }

    /** @return side^a, the node-number step along axis a */
    public int stride(int axis) {
        int stride = 1;
        for (int a = 0; a < axis; a++) {
            stride *= side();
        }
        return stride;
    }

    /** @return the centre node, offsets (0, …, 0) */
    public int centre() {
        int node = 0;
        for (int a = dimension - 1; a >= 0; a--) {
            node = node * side() + (half - 1);
        }
        return node;
    }

    /** @return the node at integer offsets o (|o_a| ≤ half − 1) from the centre */
    public int node(int... offsets) {
        if (offsets.length != dimension) {
            throw new IllegalArgumentException(offsets.length + " offsets for a " + dimension + "-D lattice");
        }
        int node = 0;
        for (int a = dimension - 1; a >= 0; a--) {
            if (Math.abs(offsets[a]) > half - 1) {
                throw new IndexOutOfBoundsException("offset " + offsets[a] + " on axis " + a + " is beyond the wall at " + half);
            }
            node = node * side() + offsets[a] + half - 1;
        }
        return node;
    }

    /** @return the integer offsets of a node from the centre, one per axis */
    public int[] offsets(int node) {
        int[] offsets = new int[dimension];
        int rest = node;
        for (int a = 0; a < dimension; a++) {
            offsets[a] = rest % side() - (half - 1);
            rest /= side();
        }
        return offsets;
    }

    /** @return the node's position h·o */
    public double[] position(int node) {
        int[] o = offsets(node);
        double[] x = new double[dimension];
        for (int a = 0; a < dimension; a++) {
            x[a] = o[a] * spacing;
        }
        return x;
    }

    /** @return |x|, the node's distance from the centre */
    public double radius(int node) {
        double sum = 0;
        for (double x : position(node)) {
            sum += x * x;
        }
        return Math.sqrt(sum);
    }

    /** @return the bytes that {@link #operator}'s storage takes: two stencil coefficients, or CSR with 2d + 1 entries a row at most */
    public long operatorBytes() {
        return dimension == 1 ? 16 : CsrBuilder.storageBytes((2L * dimension + 1) * size(), size());
    }

    /**
     * @param lambda λ &gt; 0
     * @param massSquared m² ≥ 0
     * @param byteLimit the most bytes the CSR storage may take (grids only)
     * @return the matrix of −λΔ_h + m² with Dirichlet walls: a {@link StencilMatrix} on a chain,
     *     a {@link SparseMatrix} on grids
     * @throws CsrBuilder.StorageLimitException when the grid's storage exceeds {@code byteLimit},
     *     before it is allocated
     */
    public SymmetricMatrix operator(double lambda, double massSquared, long byteLimit) {
        double off = -lambda / (spacing * spacing);
        double diagonal = -2 * dimension * off + massSquared;
        if (dimension == 1) {
            return new StencilMatrix(side(), new double[] {diagonal, off});
        }
        int n = size();
        int side = side();
        CsrBuilder csr = new CsrBuilder(n, byteLimit);
        for (int i = 0; i < n; i++) {
            csr.countRow(1 + neighbours(i, side));
        }
        csr.allocate();
        int[] columns = csr.columns();
        double[] values = csr.values();
        int p = 0;
        for (int i = 0; i < n; i++) {
            int rest = i;
            int[] index = new int[dimension];
            for (int a = 0; a < dimension; a++) {
                index[a] = rest % side;
                rest /= side;
            }
            // lower neighbours, farthest first: i − side^{d−1}, …, i − 1
            for (int a = dimension - 1; a >= 0; a--) {
                if (index[a] > 0) {
                    columns[p] = i - stride(a);
                    values[p++] = off;
                }
            }
            columns[p] = i;
            values[p++] = diagonal;
            // upper neighbours, nearest first: i + 1, …, i + side^{d−1}
            for (int a = 0; a < dimension; a++) {
                if (index[a] < side - 1) {
                    columns[p] = i + stride(a);
                    values[p++] = off;
                }
            }
        }
        return new SparseMatrix(n, csr.rowStarts(), columns, values);
    }

    private int neighbours(int node, int side) {
        int count = 0;
        int rest = node;
        for (int a = 0; a < dimension; a++) {
            int index = rest % side;
            rest /= side;
            count += (index > 0 ? 1 : 0) + (index < side - 1 ? 1 : 0);
        }
        return count;
    }

    /** @return the lattice δ at the centre: 1/h^d there, 0 elsewhere */
    public double[] pointSource() {
        double[] b = new double[size()];
        b[centre()] = Math.pow(spacing, -dimension);
        return b;
    }

    /**
     * @param u values at the nodes
     * @return u at offsets (k, 0, …, 0), k = 0 … half − 1: the profile along the positive axis 0
     */
    public double[] axisProfile(double[] u) {
        double[] profile = new double[half];
        int centre = centre();
        for (int k = 0; k < half; k++) {
            profile[k] = u[centre + k];
        }
        return profile;
    }
}
