package org.conelab.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import org.conelab.api.matrix.BandedMatrix;
import org.conelab.api.matrix.StencilMatrix;
import org.conelab.api.matrix.SymmetricMatrix;

/**
 * The native reference ({@code benchmarks/native/}): the banded algorithms in C, compiled on the
 * machine that runs the benchmarks with {@code gcc -O3 -march=native -fopenmp} and called
 * through JNI on the very arrays the Java solver uses, so both are timed by the same JMH run on
 * the same data. {@code benchmarks/native/run.sh} builds the library and passes its path as the
 * system property {@value #LIBRARY_PROPERTY}; the benchmark JVMs inherit it.
 *
 * <p>Without the library the native benchmarks fail with a message saying how to build it, and
 * the Java benchmarks of the same class still run.
 */
final class NativeReference {

    /** The system property that holds the path of {@code libconelabnative.so}. */
    static final String LIBRARY_PROPERTY = "conelab.native.library";
    /** Where {@code run.sh} builds the library, relative to the repository root. */
    static final String DEFAULT_LIBRARY = "benchmarks/native/build/libconelabnative.so";

    private static final String PROBLEM = load();

    private NativeReference() {
    }

    private static String load() {
        Path library = Path.of(System.getProperty(LIBRARY_PROPERTY, DEFAULT_LIBRARY)).toAbsolutePath();
        if (!Files.isRegularFile(library)) {
            return "the native reference " + library + " is not built: run benchmarks/native/run.sh, or build it"
                    + " with benchmarks/native/build.sh and pass -D" + LIBRARY_PROPERTY + "=<path>";
        }
        try {
            System.load(library.toString());
            return null;
        } catch (UnsatisfiedLinkError e) {
            return "the native reference " + library + " does not load: " + e.getMessage();
        }
    }

    /** @return whether the library is loaded */
    static boolean available() {
        return PROBLEM == null;
    }

    /** @throws IllegalStateException saying why when the library is not loaded */
    static void require() {
        if (PROBLEM != null) {
            throw new IllegalStateException(PROBLEM);
        }
    }

    /** Prints the compiler line of the library, or why there is none. */
    static void printDescription() {
        System.out.println("# native reference: " + (available() ? describe() : PROBLEM));
    }

    /** e ← (I − η·K·W)^steps·e by temporal blocking with the given tiling, in C. */
    static void evolve(SymmetricMatrix kernel, double[] w, double eta, double[] e, int steps, int tile,
            int blockSteps, int threads) {
        require();
        evolve(coefficients(kernel), diagonals(kernel), kernel.size(), kernel.halfBandwidth(), w, eta, e, steps, tile,
                blockSteps, threads);
    }

    /** @return x with K·x = rhs for a tri-diagonal SPD K (symmetric Thomas), a new array, in C */
    static double[] thomas(SymmetricMatrix kernel, double[] rhs) {
        require();
        return thomas(coefficients(kernel), diagonals(kernel), kernel.size(), kernel.halfBandwidth(), rhs);
    }

    /**
     * @return {λ_min, λ_max, tolerance of λ_min, tolerance of λ_max} of W^½KW^½ for a tri-diagonal
     *     K, by the bisection on Sturm counts of {@code BandedEngine.extremes}, in C
     */
    static double[] sturmExtremes(SymmetricMatrix kernel, double[] w) {
        require();
        return sturmExtremes(coefficients(kernel), diagonals(kernel), kernel.size(), kernel.halfBandwidth(), w);
    }

    private static double[] coefficients(SymmetricMatrix kernel) {
        return kernel instanceof StencilMatrix stencil ? stencil.coefficients() : null;
    }

    private static double[][] diagonals(SymmetricMatrix kernel) {
        if (kernel instanceof BandedMatrix banded) {
            return banded.diagonals();
        }
        if (kernel instanceof StencilMatrix) {
            return null;
        }
        throw new IllegalArgumentException("the native reference handles stencil and banded matrices");
    }

    private static native void evolve(double[] coefficients, double[][] diagonals, int n, int r, double[] w,
            double eta, double[] e, int steps, int tile, int blockSteps, int threads);

    private static native double[] thomas(double[] coefficients, double[][] diagonals, int n, int r, double[] rhs);

    private static native double[] sturmExtremes(double[] coefficients, double[][] diagonals, int n, int r,
            double[] w);

    private static native String describe();
}
