package org.conelab.chart;

import java.awt.Color;
import java.util.List;
import org.conelab.api.InvalidInputException;
import org.conelab.api.chart.HeatMap;
import org.conelab.api.chart.Series;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYDataset;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * Builds a heat map: cell (x[c], y[r]) is a block of width Δx = (x[n−1] − x[0])/(n − 1) and
 * height Δy centred on the point and coloured by {@link Viridis} over [min, max] of the finite
 * values within [floor, ceiling]; NaN cells are not drawn (they stay white); cells below the
 * floor or above the ceiling take the class colours of {@link ClassedScale}, named in the legend
 * (with the 1.0 defaults floor = −∞, ceiling = +∞, ±∞ take the end colours). The axes span
 * exactly the blocks, [x[0] − Δx/2, x[n−1] + Δx/2]. Overlays are lines on top of the blocks,
 * listed in the legend; a colour strip at the right labelled {@code valueLabel} gives the scale.
 */
final class HeatMapChart {

    /** Overlay colours, chosen to stand out against every viridis colour. */
    static final List<Color> OVERLAY_COLOURS = List.of(
            new Color(0xE4002B), new Color(0xFF7F0E), Color.WHITE, Color.BLACK);

    /**
     * Space left under the scale strip, in pixels, about the height of the x axis's tick
     * labels and label, so that the strip lines up with the plot area.
     */
    private static final double SCALE_BOTTOM_MARGIN = 42;

    /** Number of colour bands drawn in the scale strip. */
    private static final int SCALE_SUBDIVISIONS = 256;

    private HeatMapChart() {
    }

    /** @return the chart of {@code map} */
    static JFreeChart build(HeatMap map) {
        Extent xs = Extent.of(map.name() + ": x", map.x());
        Extent ys = Extent.of(map.name() + ": y", map.y());
        Viridis scale = scaleOf(map.values(), map.floor(), map.ceiling());
        ClassedScale classes = new ClassedScale(scale, map.floor(), map.ceiling());

        XYBlockRenderer blocks = new XYBlockRenderer();
        blocks.setPaintScale(classes);
        blocks.setBlockWidth(xs.step());
        blocks.setBlockHeight(ys.step());
        blocks.setBlockAnchor(RectangleAnchor.CENTER);
        blocks.setDefaultSeriesVisibleInLegend(false);

        NumberAxis xAxis = gridAxis(map.xLabel(), xs);
        NumberAxis yAxis = gridAxis(map.yLabel(), ys);
        XYPlot plot = new XYPlot(cells(map), xAxis, yAxis, blocks);
        plot.setDataset(1, overlays(map.overlays()));
        plot.setRenderer(1, overlayRenderer(map.overlays()));
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        ChartStyle.stylePlot(plot);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        classLegend(plot, map, classes);

        JFreeChart chart = ChartStyle.chart(map.title(), plot);
        chart.addSubtitle(scaleLegend(map.valueLabel(), scale));
        return chart;
    }

    /** @return the scale over the finite values, or [0, 1] when there are none */
    static Viridis scaleOf(double[][] values) {
        return scaleOf(values, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    /** @return the scale over the finite values in [floor, ceiling], or [0, 1] when there are none */
    static Viridis scaleOf(double[][] values, double floor, double ceiling) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double[] row : values) {
            for (double v : row) {
                if (Double.isFinite(v) && v >= floor && v <= ceiling) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        if (min > max) {
            return new Viridis(0, 1);
        }
        if (min == max) {
            // a constant map: centre its colour in a unit range
            return new Viridis(min - 0.5, max + 0.5);
        }
        return new Viridis(min, max);
    }

    /** @return one XYZ series holding every cell that is not NaN */
    private static DefaultXYZDataset cells(HeatMap map) {
        int count = 0;
        for (double[] row : map.values()) {
            for (double v : row) {
                count += Double.isNaN(v) ? 0 : 1;
            }
        }
        double[][] xyz = new double[3][count];
        int k = 0;
        for (int r = 0; r < map.y().length; r++) {
            for (int c = 0; c < map.x().length; c++) {
                double v = map.values()[r][c];
                if (!Double.isNaN(v)) {
                    xyz[0][k] = map.x()[c];
                    xyz[1][k] = map.y()[r];
                    xyz[2][k] = v;
                    k++;
                }
            }
        }
        DefaultXYZDataset dataset = new DefaultXYZDataset();
        dataset.addSeries("values", xyz);
        return dataset;
    }

    /**
     * Adds to the legend, after the overlays, one square item for each cell class present in the
     * map ("below" and "above"), so that a reader knows what the grey and magenta cells mean.
     */
    private static void classLegend(XYPlot plot, HeatMap map, ClassedScale classes) {
        boolean below = false;
        boolean above = false;
        for (double[] row : map.values()) {
            for (double v : row) {
                below |= classes.below(v);
                above |= classes.above(v);
            }
        }
        if (!below && !above) {
            return;
        }
        LegendItemCollection items = plot.getLegendItems();
        java.awt.Shape square = new java.awt.Rectangle(-5, -5, 10, 10);
        if (below) {
            items.add(new LegendItem(map.belowLabel(), null, null, null, square, ClassedScale.BELOW));
        }
        if (above) {
            items.add(new LegendItem(map.aboveLabel(), null, null, null, square, ClassedScale.ABOVE));
        }
        plot.setFixedLegendItems(items);
    }

    private static DefaultXYDataset overlays(List<Series> lines) {
        DefaultXYDataset dataset = new DefaultXYDataset();
        for (SeriesKey key : SeriesKey.of(lines)) {
            Series line = lines.get(key.index());
            dataset.addSeries(key, new double[][] {line.x().clone(), line.y().clone()});
        }
        return dataset;
    }

    private static XYLineAndShapeRenderer overlayRenderer(List<Series> lines) {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        ChartStyle.colourSeries(renderer, SeriesKey.of(lines), OVERLAY_COLOURS, 255);
        return renderer;
    }

    private static NumberAxis gridAxis(String label, Extent extent) {
        NumberAxis axis = new NumberAxis(label);
        axis.setAutoRangeIncludesZero(false);
        axis.setRange(extent.lower(), extent.upper());
        return axis;
    }

    private static PaintScaleLegend scaleLegend(String label, Viridis scale) {
        NumberAxis axis = new NumberAxis(label);
        axis.setRange(scale.getLowerBound(), scale.getUpperBound());
        ChartStyle.styleAxis(axis);
        PaintScaleLegend legend = new PaintScaleLegend(scale, axis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        legend.setSubdivisionCount(SCALE_SUBDIVISIONS);
        legend.setStripWidth(16);
        legend.setStripOutlineVisible(true);
        legend.setStripOutlinePaint(ChartStyle.INK);
        legend.setAxisOffset(4);
        legend.setBackgroundPaint(ChartStyle.BACKGROUND);
        legend.setFrame(BlockBorder.NONE);
        legend.setMargin(new RectangleInsets(4, 12, SCALE_BOTTOM_MARGIN, 0));
        return legend;
    }

    /**
     * The span of a row of evenly spaced centres c[0] < … < c[n−1]: step Δ = (c[n−1] − c[0])/(n − 1)
     * (1 for a single centre), bounds c[0] − Δ/2 and c[n−1] + Δ/2; [0, 1] with step 1 when empty.
     */
    record Extent(double lower, double upper, double step) {

        static Extent of(String subject, double[] centres) {
            int n = centres.length;
            if (n == 0) {
                return new Extent(0, 1, 1);
            }
            double step = n == 1 ? 1 : (centres[n - 1] - centres[0]) / (n - 1);
            if (!(step > 0) || !Double.isFinite(step)) {
                throw new InvalidInputException(subject, "centres must be finite and ascending, got "
                        + centres[0] + " … " + centres[n - 1]);
            }
            return new Extent(centres[0] - step / 2, centres[n - 1] + step / 2, step);
        }
    }
}
