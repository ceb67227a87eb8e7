package org.conelab.pipeline;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * The closest known name to a misspelt one, for "did you mean" hints on unknown ids and keys:
 * the candidate at the smallest edit distance (insertions, deletions, substitutions and
 * swaps of neighbours, case ignored), provided that distance is at most a third of the longer name
 * (at least 1), so that unrelated names are not suggested.
 */
final class Suggestions {

    private Suggestions() {
    }

    /**
     * @param given what the user wrote
     * @param known the names that exist
     * @return the closest known name, if one is close enough
     */
    static Optional<String> closest(String given, Collection<String> known) {
        String word = given.toLowerCase(Locale.ROOT);
        return known.stream().filter(k -> !k.equals(given))
                .map(k -> new Scored(k, distance(word, k.toLowerCase(Locale.ROOT))))
                .filter(s -> s.distance() <= Math.max(1, Math.max(word.length(), s.name().length()) / 3))
                .min(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name))
                .map(Scored::name);
    }

    /** @return {@code "; did you mean 'x'?"} for the closest known name, or the empty string */
    static String hint(String given, Collection<String> known) {
        return closest(given, known).map(k -> "; did you mean '" + k + "'?").orElse("");
    }

    private record Scored(String name, int distance) {
    }

    /** The optimal-string-alignment distance: Levenshtein's, with a swap of neighbours counting as one edit. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
