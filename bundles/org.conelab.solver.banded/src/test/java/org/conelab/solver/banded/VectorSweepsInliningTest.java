package org.conelab.solver.banded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shape of {@link VectorSweeps}' steps that keeps their speed the same from one JVM to the
 * next: methods C2 never inlines into the tile loop; and R = 4's rows, vector or tail, against an
 * independent reference.
 */
class VectorSweepsInliningTest {

    /**
     * The steps whose speed was measured to depend on being compiled on their own: the fused
     * tri-diagonal step ({@code stencilStep}) and R = 4 ({@code bandedStep4}).
     */
    @ParameterizedTest
    @ValueSource(strings = {"stencilStep", "bandedStep4"})
    void theStepIsLargerThanC2InlinesIntoAHotCaller(String step) throws Exception {
        int limit = Integer.parseInt(ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
                .getVMOption("FreqInlineSize").getValue());
        int size = bytecodeSize(step);
        assertTrue(size > limit, step + " has " + size + " bytes of bytecode, within this JVM's FreqInlineSize of "
                + limit + ": C2 may inline it into the tile loop again, or not, depending on compile order");
    }

    /** Every row, in the vector loop or in the scalar tail, against two chains of {@link Math#fma} written here. */
    @Test
    void everyRowOfTheR4StepEqualsTheTwoChainReferenceBitForBit() {
        int r = 4;
        int n = 200;
        int base = 37;
        Random random = new Random(14);
        double[][] d = new double[r + 1][base + n + r];
        for (double[] diagonal : d) {
            for (int j = 0; j < diagonal.length; j++) {
                diagonal[j] = random.nextDouble() - 0.5;
            }
        }
        double[] sw = new double[n];
        double[] u = new double[n];
        for (int i = 0; i < n; i++) {
            sw[i] = random.nextDouble();
            u[i] = random.nextGaussian();
        }
        // an odd length: a tail for every lane count
        int from = r + 3;
        int to = n - r - 2;
        assertEquals(1, (to - from) % 2);
        double[] z = new double[n];
        double[] v = new double[n];
        new VectorSweeps().bandedStep(d, r, base, sw, u, z, v, from, to);
        for (int i = from; i < to; i++) {
            assertEquals(referenceRow(d, base, sw, u, i), v[i], 0.0, "row " + i);
        }
    }

    /** u_i − (near + far) with z = sw∘u: near = d0·z_i, then ±1, ±2 by fma; far = the −3 term, then +3, ±4 by fma. */
    private static double referenceRow(double[][] d, int base, double[] sw, double[] u, int i) {
        int g = i + base;
        double near = d[0][g] * weighted(sw, u, i);
        for (int k = 1; k <= 2; k++) {
            near = Math.fma(d[k][g - k], weighted(sw, u, i - k), near);
            near = Math.fma(d[k][g], weighted(sw, u, i + k), near);
        }
        double far = d[3][g - 3] * weighted(sw, u, i - 3);
        far = Math.fma(d[3][g], weighted(sw, u, i + 3), far);
        far = Math.fma(d[4][g - 4], weighted(sw, u, i - 4), far);
        far = Math.fma(d[4][g], weighted(sw, u, i + 4), far);
        return u[i] - (near + far);
    }

    private static double weighted(double[] sw, double[] u, int j) {
        return sw[j] * u[j];
    }

    /** The length of a method's code, from {@code javap -c}: the offset of its final {@code return}, plus one. */
    private static int bytecodeSize(String method) throws Exception {
        ToolProvider javap = ToolProvider.findFirst("javap").orElseThrow();
        Path classes = Path.of(VectorSweeps.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        StringWriter out = new StringWriter();
        int status = javap.run(new PrintWriter(out), new PrintWriter(out), "-c", "-p", "-cp", classes.toString(),
                VectorSweeps.class.getName());
        assertEquals(0, status, out.toString());
        String listing = out.toString();
        int start = listing.indexOf(" " + method + "(");
        assertTrue(start >= 0, method + " not in\n" + listing);
        int next = listing.indexOf("\n\n", start);
        int end = next < 0 ? listing.length() : next;
        Matcher returns = Pattern.compile("(?m)^\\s+(\\d+): return$").matcher(listing.substring(start, end));
        int last = -1;
        while (returns.find()) {
            last = Integer.parseInt(returns.group(1));
        }
        assertTrue(last > 0, "no return in " + method);
        return last + 1;
    }
}
