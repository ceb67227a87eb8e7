package org.conelab.sweep.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.conelab.api.InvalidInputException;

/**
 * A chart a sweep draws, {@code sweep.plot = FINDING vs KEY}: a finding's measured value
 * against a swept key, one line per combination of the other swept keys, with error bars of ±1
 * standard deviation over the replicates.
 *
 * @param finding {@code analyzer.finding}, or a finding name that one analyzer of the sweep reports
 * @param key the swept key on the horizontal axis
 */
public record Plot(String finding, String key) {

    static final String KEY = "sweep.plot";

    /**
     * @param text {@code F vs KEY}, several separated by commas
     * @param swept the swept keys
     * @return the plots, in order
     * @throws InvalidInputException naming {@code sweep.plot} for text not of that form, or a key that is not swept
     */
    static List<Plot> parse(String text, Set<String> swept) {
        List<Plot> plots = new ArrayList<>();
        for (String part : text.split(",")) {
            String[] words = part.strip().split("\\s+");
            if (words.length != 3 || !words[1].equals("vs")) {
                throw new InvalidInputException(KEY, "expected 'FINDING vs KEY' (several separated by commas), got '" + part.strip() + "'");
            }
            if (!swept.contains(words[2])) {
                throw new InvalidInputException(KEY, "'" + words[2] + "' is not a swept key; swept keys are " + String.join(", ", swept));
            }
            plots.add(new Plot(words[0], words[2]));
        }
        return plots;
    }
}
