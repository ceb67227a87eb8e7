package org.conelab.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import jdk.incubator.vector.DoubleVector;
import org.conelab.api.matrix.SymmetricMatrix;
import org.conelab.solver.banded.core.BandedEngineSolver;
import org.conelab.solver.banded.BandedSolver;
import org.conelab.solver.banded.core.CacheSizes;
import org.conelab.testsupport.RandomMatrices;

/** What the benchmarks print about the machine they run on, beside their figures. */
final class Machine {

    private Machine() {
    }

    /** @return the CPU model (Linux /proc/cpuinfo), or the JVM's os.arch */
    static String cpuModel() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(l -> l.startsWith("model name")).map(l -> l.substring(l.indexOf(':') + 1).trim())
                    .findFirst().orElse(System.getProperty("os.arch"));
        } catch (IOException | RuntimeException e) {
            return System.getProperty("os.arch") + " (no /proc/cpuinfo: " + e.getMessage() + ")";
        }
    }

    /** @return one line: CPU, processors, SIMD width, caches, JVM */
    static String describe() {
        return cpuModel() + ", " + Runtime.getRuntime().availableProcessors() + " processors, SPECIES_PREFERRED = "
                + DoubleVector.SPECIES_PREFERRED.length() + " doubles, " + CacheSizes.machine() + ", Java "
                + System.getProperty("java.vm.version");
    }

    /** @return the load averages over 1, 5 and 15 minutes (Linux /proc/loadavg), or that they are unknown */
    static String loadAverages() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return "load averages " + fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "load averages unknown (" + e.getMessage() + ")";
        }
    }

    /**
     * Prints the tilings the solver chooses on this machine for the two evolve benchmarks of
     * {@link NativeComparison}: the tri-diagonal stencil and the banded matrix with R = 4.
     */
    static void printTilings() {
        // one thread: no pool to shut down
        BandedSolver solver = new BandedSolver(1);
        System.out.println("# tiling n=" + EvolveTridiagonalBenchmark.N + " tri-diagonal stencil: "
                + solver.tiling(Chains.tridiagonal(EvolveTridiagonalBenchmark.N)));
        System.out.println("# tiling n=" + BandedR4Benchmark.N + " banded R=" + BandedR4Benchmark.R + ": "
                + solver.tiling(RandomMatrices.banded(BandedR4Benchmark.N, BandedR4Benchmark.R, 3)));
    }

    /** Prints the machine, the tiling the solver chose for this kernel, and the native library. */
    static void print(String what, BandedEngineSolver solver, SymmetricMatrix kernel) {
        System.out.println("# machine: " + describe());
        System.out.println("# tiling " + what + ": " + solver.tiling(kernel));
        NativeReference.printDescription();
    }
}
