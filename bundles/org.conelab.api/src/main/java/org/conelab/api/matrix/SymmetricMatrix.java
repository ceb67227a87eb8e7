package org.conelab.api.matrix;

/**
 * A real symmetric n×n matrix in one of the storage structures that solvers know. Solvers
 * choose their algorithm by structure; analyzers never look at the storage and go through a
 * solver instead.
 */
public sealed interface SymmetricMatrix permits StencilMatrix, BandedMatrix, SparseMatrix, DenseMatrix {

    /** @return the order n */
    int size();

    /** @return the entry A(i, j) = A(j, i) */
    double entry(int i, int j);

    /**
     * @return the half-bandwidth: the largest |i − j| with a stored non-zero A(i, j) in index
     *     order, at most n − 1 (for sparse and dense storage computed from the entries)
     */
    int halfBandwidth();

    /**
     * Reference matrix-vector product y ← A·x (plain loops; solvers may use faster ones).
     *
     * @param x the input, length n, not modified
     * @param y the output, length n, overwritten
     */
    void apply(double[] x, double[] y);

    /** @return the number of bytes the stored values take */
    long storageBytes();
}
