package org.conelab.pipeline;

/**
 * In-place iterative radix-2 Cooley–Tukey fast Fourier transform:
 * X_k = Σ_{t=0}^{m−1} x_t·exp(−2πi·kt/m), for m a power of two.
 */
final class Fft {

    private Fft() {
    }

    /**
     * @param re real parts, length m = 2^p, overwritten with Re X
     * @param im imaginary parts, length m, overwritten with Im X
     */
    static void transform(double[] re, double[] im) {
        int m = re.length;
        if (Integer.bitCount(m) != 1 || im.length != m) {
            throw new IllegalArgumentException("FFT length must be a power of two, got " + m);
        }
        // bit-reversal permutation
        for (int i = 1, j = 0; i < m; i++) {
            int bit = m >> 1;
            for (; (j & bit) != 0; bit >>= 1) {
                j ^= bit;
            }
            j ^= bit;
            if (i < j) {
                swap(re, i, j);
                swap(im, i, j);
            }
        }
        for (int len = 2; len <= m; len <<= 1) {
            double angle = -2 * Math.PI / len;
            for (int start = 0; start < m; start += len) {
                for (int k = 0; k < len / 2; k++) {
                    double wr = Math.cos(angle * k);
                    double wi = Math.sin(angle * k);
                    int a = start + k;
                    int b = a + len / 2;
                    // (u, v) ← (u + w·v, u − w·v)
                    double vr = re[b] * wr - im[b] * wi;
                    double vi = re[b] * wi + im[b] * wr;
                    re[b] = re[a] - vr;
                    im[b] = im[a] - vi;
                    re[a] += vr;
                    im[a] += vi;
                }
            }
        }
    }

    private static void swap(double[] a, int i, int j) {
        double t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
