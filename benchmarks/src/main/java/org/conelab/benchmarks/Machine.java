package org.conelab.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import jdk.incubator.vector.DoubleVector;
import org.conelab.api.matrix.SymmetricMatrix;
import org.conelab.solver.banded.scalar.core.BandedEngineSolver;
import org.conelab.solver.banded.scalar.core.CacheSizes;

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

    /** Prints the machine, the tiling the solver chose for this kernel, and the native library. */
    static void print(String what, BandedEngineSolver solver, SymmetricMatrix kernel) {
        System.out.println("# machine: " + describe());
        System.out.println("# tiling " + what + ": " + solver.tiling(kernel));
        NativeReference.printDescription();
    }
}
