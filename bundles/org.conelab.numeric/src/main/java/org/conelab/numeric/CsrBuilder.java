package org.conelab.numeric;

/**
 * Two-pass assembly of an n-row matrix in compressed sparse row (CSR) form: row i holds
 * {@code columns[rowStart[i] … rowStart[i+1]−1]} with the matching {@code values}, and
 * rowStart[0] = 0, rowStart[i+1] = rowStart[i] + nnz_i.
 *
 * <p>A symbolic pass counts the entries of each row ({@link #countRow}, rows 0 … n−1 in order),
 * keeping the running prefix sums as rowStart and checking the storage
 * 12·nnz + 4·(n + 1) bytes (an int column and a double value per entry, n + 1 int offsets)
 * against a limit as it goes, so that a matrix too large is refused before anything big is
 * allocated. {@link #allocate} then allocates the columns and values once at their exact size,
 * and the numeric pass writes row i from {@link #rowStart(int) rowStart(i)} on. This is the
 * layout of Gustavson's sparse product (Gustavson, "Two fast algorithms for sparse matrices",
 * ACM TOMS 4, 1978) and of Saad, <i>Iterative Methods for Sparse Linear Systems</i>, 2nd ed.,
 * 2003, §3.4.
 *
 * <p>Not thread-safe. The arrays returned are the builder's own, not copies.
 */
public final class CsrBuilder {

    /** Bytes per stored entry: an int column and a double value. */
    public static final long BYTES_PER_ENTRY = Integer.BYTES + Double.BYTES;
    /** The largest entry count a Java array can hold here (the JDK's soft array limit). */
    private static final long MAX_ENTRIES = Integer.MAX_VALUE - 8;

    private final int rows;
    private final long byteLimit;
    private final int[] rowStart;
    private int counted;
    private long total;
    private int[] columns;
    private double[] values;

    /**
     * @param rows n ≥ 0
     * @param byteLimit the most bytes the CSR storage may take
     * @throws IllegalArgumentException when n &lt; 0
     */
    public CsrBuilder(int rows, long byteLimit) {
        if (rows < 0) {
            throw new IllegalArgumentException("rows = " + rows + " < 0");
        }
        this.rows = rows;
        this.byteLimit = byteLimit;
        this.rowStart = new int[rows + 1];
    }

    /**
     * @param entries nnz, the stored entries
     * @param rows n
     * @return the bytes of CSR storage for nnz entries in n rows, 12·nnz + 4·(n + 1)
     */
    public static long storageBytes(long entries, int rows) {
        return BYTES_PER_ENTRY * entries + Integer.BYTES * (rows + 1L);
    }

    /**
     * Symbolic pass: the next row (0, 1, … in order) will hold {@code entries} entries.
     *
     * @param entries nnz_i ≥ 0
     * @throws StorageLimitException when the storage counted so far exceeds the byte limit or the
     *     entries would not fit in one array
     * @throws IllegalStateException when all n rows are counted already
     * @throws IllegalArgumentException when {@code entries} &lt; 0
     */
    public void countRow(int entries) {
        if (counted == rows) {
            throw new IllegalStateException("all " + rows + " rows are counted already");
        }
        if (entries < 0) {
            throw new IllegalArgumentException("row " + counted + " has " + entries + " < 0 entries");
        }
        total += entries;
        long bytes = storageBytes(total, rows);
        if (total > MAX_ENTRIES || bytes > byteLimit) {
            throw new StorageLimitException(bytes);
        }
        // rowStart[i+1] = rowStart[i] + nnz_i
        rowStart[++counted] = (int) total;
    }

    /**
     * Ends the symbolic pass: allocates columns and values at their exact size, nnz.
     *
     * @throws IllegalStateException when not all n rows are counted, or when allocated already
     */
    public void allocate() {
        if (counted != rows) {
            throw new IllegalStateException("only " + counted + " of " + rows + " rows are counted");
        }
        if (columns != null) {
            throw new IllegalStateException("allocated already");
        }
        columns = new int[(int) total];
        values = new double[(int) total];
    }

    /**
     * @param row i, 0 ≤ i ≤ n (i = n gives nnz); valid once row i − 1 is counted
     * @return the offset of row i's first entry in {@link #columns()} and {@link #values()}
     */
    public int rowStart(int row) {
        return rowStart[row];
    }

    /** @return the n + 1 row offsets (the builder's array; complete once every row is counted) */
    public int[] rowStarts() {
        return rowStart;
    }

    /**
     * @return the nnz column indices, to be filled in the numeric pass
     * @throws IllegalStateException before {@link #allocate}
     */
    public int[] columns() {
        requireAllocated();
        return columns;
    }

    /**
     * @return the nnz values, to be filled in the numeric pass
     * @throws IllegalStateException before {@link #allocate}
     */
    public double[] values() {
        requireAllocated();
        return values;
    }

    private void requireAllocated() {
        if (columns == null) {
            throw new IllegalStateException("call allocate() after counting every row");
        }
    }

    /**
     * The CSR storage would take more memory than allowed. Thrown during the symbolic pass, so
     * nothing of that size was allocated; carries no stack trace (it is an expected outcome that
     * callers turn into a message).
     */
    public static final class StorageLimitException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final long bytes;

        /** @param bytes the storage counted when the limit was passed */
        public StorageLimitException(long bytes) {
            super("needs at least " + bytes + " bytes", null, false, false);
            this.bytes = bytes;
        }

        /** @return the bytes counted when the limit was passed */
        public long bytes() {
            return bytes;
        }
    }
}
