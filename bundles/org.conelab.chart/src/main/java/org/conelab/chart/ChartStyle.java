package org.conelab.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The house style shared by every chart: white background, logical "SansSerif" fonts sized
 * for print, light grid lines, anti-aliased lines and text, a categorical palette.
 */
final class ChartStyle {

    static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 18);
    static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 15);
    static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    static final Font LEGEND_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);

    static final Color BACKGROUND = Color.WHITE;
    static final Color INK = new Color(0x222222);
    static final Color GRID = new Color(0xDDDDDD);

    /** Line width of data series, in pixels. */
    static final float LINE_WIDTH = 2.0f;

    /** matplotlib's "tab10" categorical palette: distinct hues of similar weight. */
    static final List<Color> PALETTE = List.of(
            new Color(0x1F77B4), new Color(0xFF7F0E), new Color(0x2CA02C), new Color(0xD62728),
            new Color(0x9467BD), new Color(0x8C564B), new Color(0xE377C2), new Color(0x7F7F7F),
            new Color(0xBCBD22), new Color(0x17BECF));

    private ChartStyle() {
    }

    /** @return the colour of the k-th distinct series, cycling through {@link #PALETTE} */
    static Color seriesColour(int k) {
        return PALETTE.get(k % PALETTE.size());
    }

    /** @return the stroke of data lines */
    static Stroke lineStroke() {
        return new BasicStroke(LINE_WIDTH, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    /**
     * Wraps a styled plot into a chart with the title on top and, when the plot has legend
     * items, a legend below.
     */
    static JFreeChart chart(String title, XYPlot plot) {
        boolean legend = plot.getLegendItems().getItemCount() > 0;
        JFreeChart chart = new JFreeChart(title, TITLE_FONT, plot, legend);
        chart.setBackgroundPaint(BACKGROUND);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(8, 8, 8, 8));
        if (chart.getTitle() != null) {
            chart.getTitle().setPaint(INK);
        }
        LegendTitle legendTitle = chart.getLegend();
        if (legendTitle != null) {
            legendTitle.setItemFont(LEGEND_FONT);
            legendTitle.setItemPaint(INK);
            legendTitle.setBackgroundPaint(BACKGROUND);
            legendTitle.setFrame(BlockBorder.NONE);
            legendTitle.setPosition(RectangleEdge.BOTTOM);
        }
        return chart;
    }

    /** White plot area, light grid, axes styled. */
    static void stylePlot(XYPlot plot) {
        plot.setBackgroundPaint(BACKGROUND);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setDomainGridlineStroke(new BasicStroke(1.0f));
        plot.setRangeGridlineStroke(new BasicStroke(1.0f));
        plot.setOutlinePaint(INK);
        for (int i = 0; i < plot.getDomainAxisCount(); i++) {
            styleAxis(plot.getDomainAxis(i));
        }
        for (int i = 0; i < plot.getRangeAxisCount(); i++) {
            styleAxis(plot.getRangeAxis(i));
        }
    }

    /** Label and tick fonts and colours. */
    static void styleAxis(Axis axis) {
        axis.setLabelFont(LABEL_FONT);
        axis.setLabelPaint(INK);
        axis.setTickLabelFont(TICK_FONT);
        axis.setTickLabelPaint(INK);
        axis.setAxisLinePaint(INK);
        axis.setTickMarkPaint(INK);
    }

    /**
     * Colours the series of {@code renderer} from the palette and stroke; series with equal
     * labels share a colour and only the first of them appears in the legend.
     *
     * @param keys the dataset's series keys, in series order
     * @param colours the palette to cycle through
     * @param alpha opacity of the fill paint, 0–255 (255 for lines)
     */
    static void colourSeries(XYItemRenderer renderer, List<SeriesKey> keys, List<Color> colours, int alpha) {
        List<String> labels = new ArrayList<>();
        for (int s = 0; s < keys.size(); s++) {
            String label = keys.get(s).label();
            int distinct = labels.indexOf(label);
            if (distinct < 0) {
                distinct = labels.size();
                labels.add(label);
            } else {
                renderer.setSeriesVisibleInLegend(s, false);
            }
            Color colour = colours.get(distinct % colours.size());
            renderer.setSeriesPaint(s, alpha == 255 ? colour
                    : new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), alpha));
            renderer.setSeriesOutlinePaint(s, colour);
            renderer.setSeriesStroke(s, lineStroke());
        }
    }
}
