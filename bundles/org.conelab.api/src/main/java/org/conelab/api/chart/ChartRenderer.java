package org.conelab.api.chart;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Draws chart specifications headless. Implementations must not open windows.
 */
@ProviderType
public interface ChartRenderer {

    /** @return the chart drawn into a new image of exactly {@code width}×{@code height} pixels */
    BufferedImage render(ChartSpec chart, int width, int height);

    /** Writes the chart as a PNG of {@code width}×{@code height} pixels to {@code out}. */
    void writePng(ChartSpec chart, int width, int height, OutputStream out) throws IOException;
}
