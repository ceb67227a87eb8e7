package org.conelab.pipeline;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * The closest known name to a misspelt one, for "did you mean" hints on unknown ids and keys:
 * the candidate at the smallest edit distance (Levenshtein: insertions, deletions and
 * substitutions, case ignored), provided that distance is at most a third of the longer name
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

    /** Levenshtein distance by the two-row dynamic programme. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
