package org.conelab.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FftTest {

    private static final double TOLERANCE = 1e-10;

    @Test
    void agreesWithTheDefiningSumOnRandomData() {
        for (int m : new int[] {1, 2, 8, 64}) {
            SplittableRandom random = new SplittableRandom(m);
            double[] re = new double[m];
            double[] im = new double[m];
            for (int t = 0; t < m; t++) {
                re[t] = random.nextDouble() - 0.5;
                im[t] = random.nextDouble() - 0.5;
            }
            double[] xr = re.clone();
            double[] xi = im.clone();
            Fft.transform(re, im);
            for (int k = 0; k < m; k++) {
                double sr = 0;
                double si = 0;
                for (int t = 0; t < m; t++) {
                    double a = -2 * Math.PI * k * t / m;
                    sr += xr[t] * Math.cos(a) - xi[t] * Math.sin(a);
                    si += xr[t] * Math.sin(a) + xi[t] * Math.cos(a);
                }
                assertThat(re[k]).as("m=%d k=%d", m, k).isCloseTo(sr, within(TOLERANCE));
                assertThat(im[k]).as("m=%d k=%d", m, k).isCloseTo(si, within(TOLERANCE));
            }
        }
    }
}
