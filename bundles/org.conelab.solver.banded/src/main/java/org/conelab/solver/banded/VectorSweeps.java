package org.conelab.solver.banded;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;
import org.conelab.solver.banded.scalar.core.ScalarSweeps;
import org.conelab.solver.banded.scalar.core.Sweeps;

/**
 * The hot loops with the Vector API: {@link DoubleVector#SPECIES_PREFERRED} lanes at a time
 * (8 doubles on AVX-512). Neighbours are read by overlapping unaligned loads at i − k and
 * i + k rather than by lane shifts, and the remainder of each range runs in a scalar tail loop:
 * masked loads are slow on JDK 17. Sums use fused multiply-add, so results differ from the
 * scalar loops by rounding only.
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
            y[i] = ScalarSweeps.stencilRow(c, r, z, i);
        }
    }

    @Override
    public void stencilStep(double[] c, int r, double[] z, double[] u, double[] v, int from, int to) {
        int i = from;
        int bound = from + SPECIES.loopBound(to - from);
        if (r == 1) {
            // the tri-diagonal case, unrolled: v = u − (c0·z_i + c1·(z_{i−1} + z_{i+1}))
            double c0 = c[0];
            double c1 = c[1];
            for (; i < bound; i += LANES) {
                DoubleVector sides = DoubleVector.fromArray(SPECIES, z, i - 1)
                        .add(DoubleVector.fromArray(SPECIES, z, i + 1));
                DoubleVector kz = DoubleVector.fromArray(SPECIES, z, i).mul(c0).add(sides.mul(c1));
                DoubleVector.fromArray(SPECIES, u, i).sub(kz).intoArray(v, i);
            }
        } else {
            for (; i < bound; i += LANES) {
                DoubleVector.fromArray(SPECIES, u, i).sub(stencilLanes(c, r, z, i)).intoArray(v, i);
            }
        }
        for (; i < to; i++) {
            v[i] = u[i] - ScalarSweeps.stencilRow(c, r, z, i);
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
            y[i] = ScalarSweeps.bandedRow(d, r, base, z, i);
        }
    }

    @Override
    public void bandedStep(double[][] d, int r, int base, double[] z, double[] u, double[] v, int from, int to) {
        int i = from;
        int bound = from + SPECIES.loopBound(to - from);
        for (; i < bound; i += LANES) {
            // v = u − K·z
            DoubleVector.fromArray(SPECIES, u, i).sub(bandedLanes(d, r, base, z, i)).intoArray(v, i);
        }
        for (; i < to; i++) {
            v[i] = u[i] - ScalarSweeps.bandedRow(d, r, base, z, i);
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

    /** (K·z) on lanes i … i + LANES − 1 of a banded matrix, row g = i + base. */
    private static DoubleVector bandedLanes(double[][] d, int r, int base, double[] z, int i) {
        int g = i + base;
        DoubleVector sum = DoubleVector.fromArray(SPECIES, d[0], g).mul(DoubleVector.fromArray(SPECIES, z, i));
        for (int k = 1; k <= r; k++) {
            double[] dk = d[k];
            // (Kz) += K(g, g−k)·z_{i−k} + K(g, g+k)·z_{i+k}
            sum = DoubleVector.fromArray(SPECIES, dk, g - k).fma(DoubleVector.fromArray(SPECIES, z, i - k), sum);
            sum = DoubleVector.fromArray(SPECIES, dk, g).fma(DoubleVector.fromArray(SPECIES, z, i + k), sum);
        }
        return sum;
    }
}
