package org.conelab.analyzer.propagator.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.conelab.api.graph.Chain;
import org.conelab.api.graph.Graph;
import org.conelab.api.matrix.SparseMatrix;
import org.conelab.api.matrix.StencilMatrix;
import org.conelab.api.matrix.SymmetricMatrix;
import org.conelab.graph.Grid;
import org.conelab.graph.Grid3d;
import org.conelab.numeric.CsrBuilder;
import org.conelab.solver.banded.scalar.ScalarBandedSolver;
import org.conelab.solver.iterative.IterativeSolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LatticeTest {

    private static final long UNLIMITED = Long.MAX_VALUE;

    @Test
    void offsetsNodesAndPositionsRoundTrip() {
        Lattice lattice = new Lattice(3, 3, 0.5);
        assertThat(lattice.side()).isEqualTo(5);
        assertThat(lattice.size()).isEqualTo(125);
        assertThat(lattice.centre()).isEqualTo(62);
        assertThat(lattice.offsets(lattice.centre())).containsExactly(0, 0, 0);
        assertThat(lattice.halfWidth()).isEqualTo(1.5);
        for (int node = 0; node < lattice.size(); node++) {
            assertThat(lattice.node(lattice.offsets(node))).isEqualTo(node);
        }
        assertThat(lattice.position(lattice.node(2, -1, 1))).containsExactly(1.0, -0.5, 0.5);
        assertThat(lattice.radius(lattice.node(2, 0, 0))).isEqualTo(1.0);
        assertThat(lattice.stride(2)).isEqualTo(25);
        assertThatThrownBy(() -> lattice.node(3, 0, 0)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> lattice.node(0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsBadShapes() {
        assertThatThrownBy(() -> new Lattice(4, 3, 1)).hasMessageContaining("dimension 1, 2 or 3");
        assertThatThrownBy(() -> new Lattice(1, 1, 1)).hasMessageContaining("at least 2");
        assertThatThrownBy(() -> new Lattice(2, 3, 0)).hasMessageContaining("> 0");
        assertThatThrownBy(() -> new Lattice(3, 1 << 11, 1)).hasMessageContaining("more than an array holds");
    }

    @Test
    void theChainIsAConstantCoefficientStencil() {
        SymmetricMatrix a = new Lattice(1, 5, 0.5).operator(2.0, 0.3, UNLIMITED);
        assertThat(a).isInstanceOf(StencilMatrix.class);
        assertThat(a.size()).isEqualTo(9);
        // (λ/h²)(2u_i − u_{i±1}) + m²u_i with λ/h² = 8
        assertThat(((StencilMatrix) a).coefficients()).containsExactly(16.3, -8.0);
    }

    /**
     * The grid operators are the Dirichlet Laplacian of the platform's graphs: off the diagonal
     * −λ/h² exactly between the neighbours of {@link Grid} (4-neighbour) and {@link Grid3d}, and
     * 2dλ/h² + m² on it (walls count as neighbours with value 0), for every entry.
     */
    @ParameterizedTest(name = "d = {0}")
    @CsvSource({"2", "3"})
    void gridsAreTheDirichletLaplacianOfTheGraphBundlesGrids(int d) {
        Lattice lattice = new Lattice(d, 3, 0.25);
        double lambda = 1.5;
        double m2 = 0.7;
        SparseMatrix a = (SparseMatrix) lattice.operator(lambda, m2, UNLIMITED);
        Graph graph = d == 2 ? new Grid(5, 5, 4) : new Grid3d(5, 5, 5);
        double coupling = lambda / (0.25 * 0.25);
        for (int i = 0; i < lattice.size(); i++) {
            java.util.Set<Integer> neighbours = new java.util.HashSet<>();
            for (int j : graph.neighbours(i)) {
                neighbours.add(j);
            }
            for (int j = 0; j < lattice.size(); j++) {
                double expected = i == j ? 2 * d * coupling + m2 : neighbours.contains(j) ? -coupling : 0;
                assertThat(a.entry(i, j)).as("(%d, %d)", i, j).isEqualTo(expected);
            }
            for (int p = a.rowStart()[i] + 1; p < a.rowStart()[i + 1]; p++) {
                assertThat(a.columns()[p]).isGreaterThan(a.columns()[p - 1]);
            }
        }
    }

    @Test
    void theCsrStorageIsRefusedBeforeAllocatingBeyondTheLimit() {
        Lattice lattice = new Lattice(3, 20, 1);
        assertThatThrownBy(() -> lattice.operator(1, 1, 1000)).isInstanceOf(CsrBuilder.StorageLimitException.class);
        assertThat(lattice.operatorBytes()).isEqualTo(CsrBuilder.storageBytes(7L * lattice.size(), lattice.size()));
    }

    /**
     * The discrete 1-D Dirichlet Green's function in closed form: u_k = A·sinh(κ(M − |k|)h)
     * with cosh(κh) = 1 + m²h²/(2λ), and A fixed by the source row
     * (2λ/h²)(u_0 − u_1) + m²u_0 = 1/h. The banded solve must reproduce it to rounding.
     */
    @Test
    void theChainsSolutionIsTheDiscreteGreensFunction() {
        int half = 40;
        double h = 0.2;
        double lambda = 0.9;
        double m2 = 0.35;
        Lattice lattice = new Lattice(1, half, h);
        double[] u = new ScalarBandedSolver(1).solve(lattice.operator(lambda, m2, UNLIMITED), lattice.pointSource());
        double kappa = acosh(1 + m2 * h * h / (2 * lambda)) / h;
        double s0 = Math.sinh(kappa * half * h);
        double s1 = Math.sinh(kappa * (half - 1) * h);
        double amplitude = (1 / h) / (2 * lambda / (h * h) * (s0 - s1) + m2 * s0);
        for (int k = -(half - 1); k <= half - 1; k++) {
            double exact = amplitude * Math.sinh(kappa * (half - Math.abs(k)) * h);
            assertThat(u[lattice.node(k)]).as("k = %d", k).isCloseTo(exact, within(1e-13 * exact));
        }
    }

    /** A grid solve by CG satisfies the equations it solved: ‖A·u − b‖ ≤ 1e-12·‖b‖ (the solver's own rule). */
    @Test
    void aGridSolveByConjugateGradientsSatisfiesItsEquations() {
        Lattice lattice = new Lattice(3, 8, 0.5);
        SymmetricMatrix a = lattice.operator(1, 0.5, UNLIMITED);
        double[] b = lattice.pointSource();
        double[] u = new IterativeSolver().solve(a, b);
        double[] r = new double[u.length];
        a.apply(u, r);
        double residual = 0;
        for (int i = 0; i < r.length; i++) {
            residual += (r[i] - b[i]) * (r[i] - b[i]);
        }
        assertThat(Math.sqrt(residual)).isLessThanOrEqualTo(1e-12 * b[lattice.centre()]);
        // symmetric in the three axes
        assertThat(u[lattice.node(2, 0, 0)]).isCloseTo(u[lattice.node(0, 0, 2)], within(1e-10 * u[lattice.centre()]));
        assertThat(u[lattice.node(0, -2, 0)]).isCloseTo(u[lattice.node(0, 2, 0)], within(1e-10 * u[lattice.centre()]));
        assertThat(lattice.axisProfile(u)).hasSize(8).startsWith(u[lattice.centre()]);
        assertThat(new Chain(3).size()).isEqualTo(3);
    }

    private static double acosh(double x) {
        return Math.log(x + Math.sqrt(x * x - 1));
    }
}
