package org.conelab.pipeline;

import java.io.IOException;
import java.io.Writer;
import org.conelab.api.matrix.SparseMatrix;
import org.conelab.api.matrix.SymmetricMatrix;

/**
 * Writes a symmetric kernel in the Matrix Market exchange format (NIST), so that another tool can
 * read the very K a run trained with:
 *
 * <pre>
 * %%MatrixMarket matrix coordinate real symmetric
 * % comment lines
 * n n m
 * i j K(i, j)        (m lines, 1-based, i ≥ j: the lower triangle, row by row)
 * </pre>
 *
 * <p>Only non-zero entries are listed (exact zeros are implied, as the format allows); values are
 * Java's round-trip decimal form, so reading them back gives the same doubles bit for bit.
 */
final class MatrixMarket {

    /** The largest order whose kernel a run writes (the n ≤ 10⁴). */
    static final int MAX_ORDER = 10_000;

    /** The most lower-triangle non-zeros a run writes (about 150 MB of text). */
    static final long MAX_ENTRIES = 5_000_000;

    private MatrixMarket() {
    }

    /**
     * @param order the kernel's n
     * @param entries its lower-triangle non-zeros ({@link #lowerNonZeros})
     * @return why its file is not written (too large), or {@code null} when it is
     */
    static String notWrittenBecause(int order, long entries) {
        if (order > MAX_ORDER) {
            return "n = " + order + " is above " + MAX_ORDER;
        }
        if (entries > MAX_ENTRIES) {
            return entries + " non-zeros in the lower triangle, above " + MAX_ENTRIES;
        }
        return null;
    }

    /**
     * Writes {@code matrix} to {@code out}.
     *
     * @param matrix the kernel
     * @param entries its lower-triangle non-zeros ({@link #lowerNonZeros}), for the size line
     * @param comment one line saying what it is (written after {@code %})
     * @param out the destination; not closed
     * @throws IOException when writing fails
     */
    static void write(SymmetricMatrix matrix, long entries, String comment, Writer out) throws IOException {
        int n = matrix.size();
        out.write("%%MatrixMarket matrix coordinate real symmetric\n");
        out.write("% " + comment.replace('\n', ' ') + "\n");
        out.write(n + " " + n + " " + entries + "\n");
        StringBuilder line = new StringBuilder(48);
        visitLower(matrix, (row, column, value) -> {
            line.setLength(0);
            line.append(row + 1).append(' ').append(column + 1).append(' ').append(value).append('\n');
            out.append(line);
        });
    }

    /** @return the number of non-zero entries K(i, j), i ≥ j */
    static long lowerNonZeros(SymmetricMatrix matrix) {
        long[] count = {0};
        try {
            visitLower(matrix, (row, column, value) -> count[0]++);
        } catch (IOException e) {
            throw new AssertionError("counting does not write", e);
        }
        return count[0];
    }

    /** Receives one non-zero entry of the lower triangle. */
    @FunctionalInterface
    private interface RowVisitor {
        void entry(int row, int column, double value) throws IOException;
    }

    /**
     * Visits the non-zeros K(i, j), j ≤ i, row by row: the CSR storage itself (ascending j), or
     * every entry within the half-bandwidth.
     */
    private static void visitLower(SymmetricMatrix matrix, RowVisitor visitor) throws IOException {
        int n = matrix.size();
        if (matrix instanceof SparseMatrix sparse) {
            int[] start = sparse.rowStart();
            int[] columns = sparse.columns();
            double[] values = sparse.values();
            for (int i = 0; i < n; i++) {
                for (int p = start[i]; p < start[i + 1]; p++) {
                    if (columns[p] <= i && values[p] != 0.0) {
                        visitor.entry(i, columns[p], values[p]);
                    }
                }
            }
            return;
        }
        int r = matrix.halfBandwidth();
        for (int i = 0; i < n; i++) {
            for (int j = Math.max(0, i - r); j <= i; j++) {
                double value = matrix.entry(i, j);
                if (value != 0.0) {
                    visitor.entry(i, j, value);
                }
            }
        }
    }
}
