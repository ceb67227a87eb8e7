package org.conelab.pipeline;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import org.conelab.api.ParameterSpec;
import org.conelab.api.Parameters;
import org.conelab.api.analysis.AnalysisResult;
import org.conelab.api.analysis.Analyzer;
import org.conelab.api.analysis.Experiment;
import org.conelab.api.analysis.Finding;
import org.conelab.api.analysis.Table;
import org.conelab.api.analysis.Verdict;
import org.conelab.api.chart.ChartRenderer;
import org.conelab.api.chart.ChartSpec;
import org.conelab.api.chart.LineChart;
import org.conelab.api.chart.Series;
import org.conelab.api.graph.Chain;
import org.conelab.api.graph.Graph;
import org.conelab.api.graph.GraphBuilder;
import org.conelab.api.kernel.Kernel;
import org.conelab.api.kernel.KernelGenerator;
import org.conelab.api.kernel.Locality;
import org.conelab.api.loss.Loss;
import org.conelab.api.matrix.StencilMatrix;
import org.conelab.api.matrix.SymmetricMatrix;
import org.conelab.api.solver.LinearDynamics;
import org.conelab.api.solver.ResponseColumns;
import org.conelab.api.solver.Solver;
import org.conelab.api.solver.SpectrumBounds;
import org.conelab.api.solver.StepObserver;

/** Minimal providers that let the engine be tested without the provider bundles. */
final class TestProviders {

    private TestProviders() {
    }

    static Map<String, Object> props(String id, int ranking) {
        return Map.of("conelab.id", id, "service.ranking", ranking);
    }

    /** Chains, optionally one node short of what was asked (to test the size check). */
    static final class ChainBuilder implements GraphBuilder {
        @Override public List<ParameterSpec> parameters() {
            return List.of(new ParameterSpec("short", "false", "build one node fewer"));
        }
        @Override public Graph build(int n, Parameters p) {
            return new Chain(p.text("short", "false").equals("true") ? n - 1 : n);
        }
    }

    /** l = y/f − log(y/f) − 1 with its domain y, f &gt; 0; weights 1/y². */
    static class RatioLoss implements Loss {
        @Override public double value(double y, double f) { return y / f - Math.log(y / f) - 1; }
        @Override public double gradient(double y, double f) { return (f - y) / (f * f); }
        @Override public double curvature(double y, double f) { return (2 * y - f) / (f * f * f); }
        @Override public Optional<String> domainViolation(double y, double f) {
            return y > 0 && f > 0 ? Optional.empty() : Optional.of("needs y > 0 and f > 0, got y = " + y);
        }
    }

    /** l = (c/2)(f − y)² with its parameter {@code c} (default 1): curvature c, set through {@code loss.c}. */
    static final class ScaledSquareLoss implements Loss {
        private final double c;
        ScaledSquareLoss(double c) { this.c = c; }
        @Override public double value(double y, double f) { return c * (f - y) * (f - y) / 2; }
        @Override public double gradient(double y, double f) { return c * (f - y); }
        @Override public double curvature(double y, double f) { return c; }
        @Override public Optional<String> domainViolation(double y, double f) { return Optional.empty(); }
        @Override public List<ParameterSpec> parameters() {
            return List.of(new ParameterSpec("c", "1.0", "the curvature, > 0"));
        }
        @Override public Loss configure(Parameters p) { return new ScaledSquareLoss(p.positive("c", 1.0)); }
    }

    /** Tri-diagonal stencil with kernel.a on the diagonal and kernel.b beside it. */
    static final class StencilKernel implements KernelGenerator {
        @Override public List<ParameterSpec> parameters() {
            return List.of(new ParameterSpec("a", "1.0", "diagonal"), new ParameterSpec("b", "0.25", "off-diagonal"));
        }
        @Override public Kernel generate(Graph graph, Parameters p) {
            return new Kernel(new StencilMatrix(graph.size(), new double[] {p.real("a", 1.0), p.real("b", 0.25)}),
                    Locality.range(1), Map.of("structure", "stencil"));
        }
    }

    /** Plain loops on the matrix's own product; spectral bounds by Gershgorin discs. */
    static final class LoopSolver implements Solver {
        private final int maxSize;
        LoopSolver(int maxSize) { this.maxSize = maxSize; }
        @Override public boolean supports(SymmetricMatrix m) { return m.size() <= maxSize; }
        @Override public int evolve(LinearDynamics d, double[] e, int steps, int interval, StepObserver o) {
            double[] we = new double[e.length];
            double[] kwe = new double[e.length];
            for (int t = 0; t < steps; t++) {
                for (int i = 0; i < e.length; i++) { we[i] = d.weights()[i] * e[i]; }
                d.kernel().apply(we, kwe);
                for (int i = 0; i < e.length; i++) { e[i] -= d.eta() * kwe[i]; }
            }
            return steps;
        }
        @Override public ResponseColumns response(LinearDynamics d, int source, int steps) {
            double[][] values = new double[steps + 1][];
            double[] e = new double[d.size()];
            e[source] = 1;
            for (int t = 0; t <= steps; t++) {
                values[t] = e.clone();
                evolve(d, e, 1, 1, (s, x) -> true);
            }
            return new ResponseColumns(source, new int[steps + 1], values);
        }
        @Override public double[] solve(SymmetricMatrix m, double[] b) { throw new UnsupportedOperationException(); }
        @Override public double[] eigenvalues(SymmetricMatrix k, double[] w) { throw new UnsupportedOperationException(); }
        @Override public SpectrumBounds extremes(SymmetricMatrix k, double[] w) {
            double max = 0;
            for (int i = 0; i < k.size(); i++) {
                double row = 0;
                for (int j = Math.max(0, i - 1); j <= Math.min(k.size() - 1, i + 1); j++) {
                    row += Math.abs(Math.sqrt(w[i] * w[j]) * k.entry(i, j));
                }
                max = Math.max(max, row);
            }
            return new SpectrumBounds(0, max, 0);
        }
    }

    /** A {@link LoopSolver} whose extremes are the exact eigenvalues of W^½KW^½ (EJML, dense), so indefinite kernels show. */
    static final class ExactSolver implements Solver {
        private final LoopSolver loops = new LoopSolver(Integer.MAX_VALUE);
        @Override public boolean supports(SymmetricMatrix m) { return true; }
        @Override public int evolve(LinearDynamics d, double[] e, int steps, int interval, StepObserver o) {
            return loops.evolve(d, e, steps, interval, o);
        }
        @Override public ResponseColumns response(LinearDynamics d, int source, int steps) { return loops.response(d, source, steps); }
        @Override public double[] solve(SymmetricMatrix m, double[] b) { throw new UnsupportedOperationException(); }
        @Override public double[] eigenvalues(SymmetricMatrix k, double[] w) { throw new UnsupportedOperationException(); }
        @Override public SpectrumBounds extremes(SymmetricMatrix k, double[] w) {
            double[] values = org.conelab.testsupport.DenseReference.eigenvaluesOfS(k, w);
            int n = values.length;
            return new SpectrumBounds(values[0], values[n - 1], 1e-14 * Math.abs(values[n - 1]));
        }
    }

    /** Reports one finding, one table and one chart; runs a hook first, then reports one unit of progress. */
    static final class RecordingAnalyzer implements Analyzer {
        final List<Experiment> seen = new ArrayList<>();
        Consumer<Experiment> hook = e -> { };
        /** Whether the last analysis got past its progress call. */
        boolean pastProgress;
        @Override public List<ParameterSpec> parameters() { return List.of(new ParameterSpec("factor", "2", "scale")); }
        @Override public AnalysisResult analyze(Experiment e, Parameters p, org.conelab.api.progress.Progress progress) {
            pastProgress = false;
            hook.accept(e);
            progress.worked(1);
            pastProgress = true;
            seen.add(e);
            double factor = p.real("factor", 2);
            return new AnalysisResult(List.of(new Finding("size_times_factor", e.graph().size() * factor, Double.NaN, "", Verdict.INFO)),
                    List.of(new Table("targets", List.of("i", "y"), List.of(new double[] {0, e.targets()[0]}))),
                    List.of(new LineChart("line", "t", "x", "y", List.of(new Series("s", new double[] {0, 1}, new double[] {1, 2})), false)));
        }
    }

    /** Writes a blank PNG of the requested size; can be told to fail. */
    static final class BlankRenderer implements ChartRenderer {
        boolean fail;
        @Override public BufferedImage render(ChartSpec chart, int width, int height) {
            return new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        }
        @Override public void writePng(ChartSpec chart, int width, int height, OutputStream out) throws IOException {
            if (fail) {
                throw new IOException("disk full (simulated)");
            }
            ImageIO.write(render(chart, width, height), "png", out);
        }
    }
}
