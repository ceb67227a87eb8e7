package org.conelab.api.chart;

import java.util.List;

/**
 * Histograms of one or more samples over a shared axis.
 *
 * @param name file-name stem
 * @param title chart title
 * @param xLabel label of the value axis
 * @param samples the samples, each drawn as its own translucent histogram; only the y values
 *     of each series are used
 * @param bins the number of bins (≥ 1)
 */
public record Histogram(String name, String title, String xLabel, List<Series> samples, int bins) implements ChartSpec {

    /** Copies the samples and checks the bin count. */
    public Histogram {
        samples = List.copyOf(samples);
        if (bins < 1) {
            throw new IllegalArgumentException("histogram " + name + " needs at least one bin");
        }
    }
}
