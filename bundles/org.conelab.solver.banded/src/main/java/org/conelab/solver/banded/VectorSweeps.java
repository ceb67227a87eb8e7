package org.conelab.solver.banded;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;
import org.conelab.solver.banded.core.Sweeps;

/**
 * The hot loops with the Vector API: {@link DoubleVector#SPECIES_PREFERRED} lanes at a time
 * (8 doubles on AVX-512). Neighbours are read by overlapping unaligned loads at i − k and
 * i + k rather than by lane shifts, and the remainder of each range runs in a scalar tail loop:
 * masked loads are slow on JDK 17. Sums use fused multiply-add, so results differ from the
 * scalar loops by rounding only.
 *
 * <p>Each tail row repeats the lanes' operations in the same order ({@link #stencilTail},
 * {@link #bandedTail}), so a row has the same bits whether it falls in the vector loop or in the
 * tail. Where a range's vector loop ends depends on the tiling, which follows the machine's cache
 * ({@code Tiling.forMachine}): with tails that rounded otherwise, the result of an evolve would
 * depend on the cache size of the machine that computed it. For a given lane count it does not.
 */
final class VectorSweeps implements Sweeps {

    private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;
    private static final int LANES = SPECIES.length();

    @Override
    public void weigh(double s, double[] w, int base, double[] u, double[] z, int from, int to) {
        int i = from;
        int bound = from + SPECIES.loopBound(to - from);
        for (; i < bound; i += LANES) {
            // z = s·w∘u
            DoubleVector.fromArray(SPECIES, w, i + base).mul(s).mul(DoubleVector.fromArray(SPECIES, u, i))
                    .intoArray(z, i);
        }
        for (; i < to; i++) {
            z[i] = s * w[i + base] * u[i];
        }
    }

    @Override
    public void stencilApply(double[] c, int r, double[] z, double[] y, int from, int to) {
        int i = from;
        int bound = from + SPECIES.loopBound(to - from);
        for (; i < bound; i += LANES) {
            stencilLanes(c, r, z, i).intoArray(y, i);
        }
        for (; i < to; i++) {
            y[i] = stencilTail(c, r, z, i);
        }
    }

    /**
     * {@inheritDoc}
     *
     * <p>For R = 1 in one pass, the weighted state formed in registers:
     * v = u − (c0·z_i + c1·(z_{i−1} + z_{i+1})), z_j = sw_j·u_j — six loads and one store per
     * vector, against six loads and two stores for a weighting pass and a step pass. That loop is
     * written here rather than in a method of its own on purpose: this method is then larger than
     * C2 inlines into a hot caller (FreqInlineSize, 325 bytes of bytecode), so it is compiled on
     * its own. Inlined into the tile loop of temporal blocking, the array bases were spilled to the
     * stack and reloaded before every vector load, which made evolve 1.4 times slower.
     */
    @Override
    public void stencilStep(double[] c, int r, double[] sw, double[] u, double[] z, double[] v, int from, int to) {
        int i = from;
        int bound = from + SPECIES.loopBound(to - from);
        if (r == 1) {
            double c0 = c[0];
            double c1 = c[1];
            for (; i < bound; i += LANES) {
                DoubleVector centre = DoubleVector.fromArray(SPECIES, u, i);
                DoubleVector left = DoubleVector.fromArray(SPECIES, sw, i - 1)
                        .mul(DoubleVector.fromArray(SPECIES, u, i - 1));
                DoubleVector right = DoubleVector.fromArray(SPECIES, sw, i + 1)
                        .mul(DoubleVector.fromArray(SPECIES, u, i + 1));
                DoubleVector kz = DoubleVector.fromArray(SPECIES, sw, i).mul(centre).mul(c0)
                        .add(left.add(right).mul(c1));
                centre.sub(kz).intoArray(v, i);
            }
            for (; i < to; i++) {
                v[i] = u[i] - (c0 * (sw[i] * u[i]) + c1 * (sw[i - 1] * u[i - 1] + sw[i + 1] * u[i + 1]));
            }
            return;
        }
        weighed(sw, u, z, from - r, to + r);
        for (; i < bound; i += LANES) {
            DoubleVector.fromArray(SPECIES, u, i).sub(stencilLanes(c, r, z, i)).intoArray(v, i);
        }
        for (; i < to; i++) {
            v[i] = u[i] - stencilTail(c, r, z, i);
        }
    }

    @Override
    public void bandedApply(double[][] d, int r, int base, double[] z, double[] y, int from, int to) {
        int i = from;
        int bound = from + SPECIES.loopBound(to - from);
        for (; i < bound; i += LANES) {
            bandedLanes(d, r, base, z, i).intoArray(y, i);
        }
        for (; i < to; i++) {
            y[i] = bandedTail(d, r, base, z, i);
        }
    }

    @Override
    public void bandedStep(double[][] d, int r, int base, double[] sw, double[] u, double[] z, double[] v, int from,
            int to) {
        int bound = from + SPECIES.loopBound(to - from);
        // R ≤ 4 unrolled, the diagonals in locals: C2 does not unroll the loop over k in bandedLanes,
        // whose overhead halves the speed of the loads. Each of these forms z itself, so that its
        // loop too is compiled in that method, with few live values, not inlined into the tile loop
        switch (r) {
            case 1 -> bandedStep1(d[0], d[1], base, sw, u, z, v, from, bound, to);
            case 2 -> bandedStep2(d[0], d[1], d[2], base, sw, u, z, v, from, bound, to);
            case 3 -> bandedStep3(d[0], d[1], d[2], d[3], base, sw, u, z, v, from, bound, to);
            case 4 -> {
                bandedStep4(d[0], d[1], d[2], d[3], d[4], base, sw, u, z, v, from, bound, to);
                return;
            }
            default -> {
                weighed(sw, u, z, from - r, to + r);
                for (int i = from; i < bound; i += LANES) {
                    // v = u − K·z
                    DoubleVector.fromArray(SPECIES, u, i).sub(bandedLanes(d, r, base, z, i)).intoArray(v, i);
                }
            }
        }
        for (int i = bound; i < to; i++) {
            v[i] = u[i] - bandedTail(d, r, base, z, i);
        }
    }

    /*
     * The banded steps for R = 1 … 4: the sums of bandedLanes with the loop over k written out,
     * in the same order and the same two chains (see bandedLanes), each term by a fused
     * multiply-add, so they give the same result bit for bit; z = sw∘u first, on [from − R, to + R).
     * One vector per iteration: a body twice as long exceeds C2's inlining budget
     * (NodeCountInliningCutoff), and the vectors of the loads it no longer inlines are allocated.
     */
    private static void bandedStep1(double[] d0, double[] d1, int base, double[] sw, double[] u,
            double[] z, double[] v, int from, int bound, int to) {
        weighed(sw, u, z, from - 1, to + 1);
        for (int i = from; i < bound; i += LANES) {
            int g = i + base;
            DoubleVector near = lanes(d0, g).mul(lanes(z, i));
            DoubleVector far = lanes(d1, g - 1).mul(lanes(z, i - 1));
            far = lanes(d1, g).fma(lanes(z, i + 1), far);
            lanes(u, i).sub(near.add(far)).intoArray(v, i);
        }
    }

    private static void bandedStep2(double[] d0, double[] d1, double[] d2, int base, double[] sw, double[] u,
            double[] z, double[] v, int from, int bound, int to) {
        weighed(sw, u, z, from - 2, to + 2);
        for (int i = from; i < bound; i += LANES) {
            int g = i + base;
            DoubleVector near = lanes(d0, g).mul(lanes(z, i));
            near = lanes(d1, g - 1).fma(lanes(z, i - 1), near);
            near = lanes(d1, g).fma(lanes(z, i + 1), near);
            DoubleVector far = lanes(d2, g - 2).mul(lanes(z, i - 2));
            far = lanes(d2, g).fma(lanes(z, i + 2), far);
            lanes(u, i).sub(near.add(far)).intoArray(v, i);
        }
    }

    private static void bandedStep3(double[] d0, double[] d1, double[] d2, double[] d3, int base, double[] sw, double[] u,
            double[] z, double[] v, int from, int bound, int to) {
        weighed(sw, u, z, from - 3, to + 3);
        for (int i = from; i < bound; i += LANES) {
            int g = i + base;
            DoubleVector near = lanes(d0, g).mul(lanes(z, i));
            near = lanes(d1, g - 1).fma(lanes(z, i - 1), near);
            near = lanes(d1, g).fma(lanes(z, i + 1), near);
            DoubleVector far = lanes(d2, g - 2).mul(lanes(z, i - 2));
            far = lanes(d2, g).fma(lanes(z, i + 2), far);
            far = lanes(d3, g - 3).fma(lanes(z, i - 3), far);
            far = lanes(d3, g).fma(lanes(z, i + 3), far);
            lanes(u, i).sub(near.add(far)).intoArray(v, i);
        }
    }

    /**
     * R = 4 on [from, to), its scalar tail [bound, to) included: each tail row by the same
     * fused multiply-adds in the same order as the lanes, so every row's value is the same bit
     * for bit whether it falls in the vector loop or in the tail (that is, wherever a tile ends).
     *
     * <p>The tail is written here rather than left to {@link #bandedTail} on purpose:
     * this method is then larger than C2 inlines into a hot caller (FreqInlineSize, 325 bytes of
     * bytecode; {@code VectorSweepsInliningTest} checks the size), so it is always compiled on
     * its own. Below that size C2 inlined it into the tile loop of temporal blocking or not,
     * depending on the order in which it happened to compile the two; inlined, four of the
     * eight array bases lived in vector registers and were moved back on every iteration, and
     * R = 4 evolve varied by up to 1.19 times from one JVM to the next.
     */
    private static void bandedStep4(double[] d0, double[] d1, double[] d2, double[] d3, double[] d4, int base, double[] sw, double[] u,
            double[] z, double[] v, int from, int bound, int to) {
        weighed(sw, u, z, from - 4, to + 4);
        for (int i = from; i < bound; i += LANES) {
            int g = i + base;
            DoubleVector near = lanes(d0, g).mul(lanes(z, i));
            near = lanes(d1, g - 1).fma(lanes(z, i - 1), near);
            near = lanes(d1, g).fma(lanes(z, i + 1), near);
            near = lanes(d2, g - 2).fma(lanes(z, i - 2), near);
            near = lanes(d2, g).fma(lanes(z, i + 2), near);
            DoubleVector far = lanes(d3, g - 3).mul(lanes(z, i - 3));
            far = lanes(d3, g).fma(lanes(z, i + 3), far);
            far = lanes(d4, g - 4).fma(lanes(z, i - 4), far);
            far = lanes(d4, g).fma(lanes(z, i + 4), far);
            lanes(u, i).sub(near.add(far)).intoArray(v, i);
        }
        for (int i = bound; i < to; i++) {
            int g = i + base;
            double near = d0[g] * z[i];
            near = Math.fma(d1[g - 1], z[i - 1], near);
            near = Math.fma(d1[g], z[i + 1], near);
            near = Math.fma(d2[g - 2], z[i - 2], near);
            near = Math.fma(d2[g], z[i + 2], near);
            double far = d3[g - 3] * z[i - 3];
            far = Math.fma(d3[g], z[i + 3], far);
            far = Math.fma(d4[g - 4], z[i - 4], far);
            far = Math.fma(d4[g], z[i + 4], far);
            v[i] = u[i] - (near + far);
        }
    }

    private static DoubleVector lanes(double[] a, int i) {
        return DoubleVector.fromArray(SPECIES, a, i);
    }

    /** z = sw∘u on [from, to). */
    private static void weighed(double[] sw, double[] u, double[] z, int from, int to) {
        int i = from;
        int bound = from + SPECIES.loopBound(to - from);
        for (; i < bound; i += LANES) {
            DoubleVector.fromArray(SPECIES, sw, i).mul(DoubleVector.fromArray(SPECIES, u, i)).intoArray(z, i);
        }
        for (; i < to; i++) {
            z[i] = sw[i] * u[i];
        }
    }

    /** (K·z) on lanes i … i + LANES − 1 of a stencil. */
    private static DoubleVector stencilLanes(double[] c, int r, double[] z, int i) {
        DoubleVector sum = DoubleVector.fromArray(SPECIES, z, i).mul(c[0]);
        for (int k = 1; k <= r; k++) {
            // (Kz) += c_k·(z_{i−k} + z_{i+k})
            DoubleVector pair = DoubleVector.fromArray(SPECIES, z, i - k).add(DoubleVector.fromArray(SPECIES, z, i + k));
            sum = pair.fma(DoubleVector.broadcast(SPECIES, c[k]), sum);
        }
        return sum;
    }

    /**
     * (K·z) on lanes i … i + LANES − 1 of a banded matrix, row g = i + base, in two chains of
     * fused multiply-adds added at the end: the near one d_0·z_i + Σ_{k ≤ ⌊R/2⌋} (…), the far one
     * Σ_{k > ⌊R/2⌋} (K(g, g−k)·z_{i−k} + K(g, g+k)·z_{i+k}). One chain of 2R + 1 dependent
     * multiply-adds is bound by their latency (four cycles each on current x86 cores), not by the
     * loads: two chains made R = 4 evolve 1.1 times faster on an AVX2 core.
     */
    private static DoubleVector bandedLanes(double[][] d, int r, int base, double[] z, int i) {
        int g = i + base;
        int split = r / 2;
        DoubleVector near = DoubleVector.fromArray(SPECIES, d[0], g).mul(DoubleVector.fromArray(SPECIES, z, i));
        for (int k = 1; k <= split; k++) {
            double[] dk = d[k];
            // (Kz) += K(g, g−k)·z_{i−k} + K(g, g+k)·z_{i+k}
            near = DoubleVector.fromArray(SPECIES, dk, g - k).fma(DoubleVector.fromArray(SPECIES, z, i - k), near);
            near = DoubleVector.fromArray(SPECIES, dk, g).fma(DoubleVector.fromArray(SPECIES, z, i + k), near);
        }
        if (r == 0) {
            return near;
        }
        double[] first = d[split + 1];
        DoubleVector far = DoubleVector.fromArray(SPECIES, first, g - split - 1)
                .mul(DoubleVector.fromArray(SPECIES, z, i - split - 1));
        far = DoubleVector.fromArray(SPECIES, first, g).fma(DoubleVector.fromArray(SPECIES, z, i + split + 1), far);
        for (int k = split + 2; k <= r; k++) {
            double[] dk = d[k];
            far = DoubleVector.fromArray(SPECIES, dk, g - k).fma(DoubleVector.fromArray(SPECIES, z, i - k), far);
            far = DoubleVector.fromArray(SPECIES, dk, g).fma(DoubleVector.fromArray(SPECIES, z, i + k), far);
        }
        return near.add(far);
    }

    /** (K·z)_i of a stencil by the operations of {@link #stencilLanes} on one lane, for the tails. */
    private static double stencilTail(double[] c, int r, double[] z, int i) {
        double sum = z[i] * c[0];
        for (int k = 1; k <= r; k++) {
            sum = Math.fma(z[i - k] + z[i + k], c[k], sum);
        }
        return sum;
    }

    /** (K·z)_i of a banded matrix by the operations of {@link #bandedLanes} on one lane, for the tails. */
    private static double bandedTail(double[][] d, int r, int base, double[] z, int i) {
        int g = i + base;
        int split = r / 2;
        double near = d[0][g] * z[i];
        for (int k = 1; k <= split; k++) {
            near = Math.fma(d[k][g - k], z[i - k], near);
            near = Math.fma(d[k][g], z[i + k], near);
        }
        if (r == 0) {
            return near;
        }
        double far = d[split + 1][g - split - 1] * z[i - split - 1];
        far = Math.fma(d[split + 1][g], z[i + split + 1], far);
        for (int k = split + 2; k <= r; k++) {
            far = Math.fma(d[k][g - k], z[i - k], far);
            far = Math.fma(d[k][g], z[i + k], far);
        }
        return near + far;
    }
}
