package org.conelab.chart;

import java.util.ArrayList;
import java.util.List;
import org.conelab.api.chart.Series;

/**
 * Key of one series in a JFreeChart dataset. Datasets identify series by key, so two API
 * series with the same label (the two branches of a light cone, say) need distinct keys; the
 * legend shows only {@link #label()}.
 *
 * @param index the series' position in its list, which makes the key unique
 * @param label the legend text
 */
record SeriesKey(int index, String label) implements Comparable<SeriesKey> {

    /** @return one key per series, in order */
    static List<SeriesKey> of(List<Series> series) {
        List<SeriesKey> keys = new ArrayList<>(series.size());
        for (int s = 0; s < series.size(); s++) {
            keys.add(new SeriesKey(s, series.get(s).label()));
        }
        return keys;
    }

    @Override
    public int compareTo(SeriesKey other) {
        return Integer.compare(index, other.index);
    }

    @Override
    public String toString() {
        return label;
    }
}
