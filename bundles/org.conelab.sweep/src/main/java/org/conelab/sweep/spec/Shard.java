package org.conelab.sweep.spec;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conelab.api.InvalidInputException;

/**
 * The K-th of N disjoint slices of a sweep's points, {@code --shard K/N}: the points whose index
 * i satisfies i mod N = K − 1. Round-robin slices take points from every part of the grid, so
 * shards of a grid whose cost grows along one key take about equal time.
 *
 * @param k the slice, 1 … n
 * @param n the number of slices, ≥ 1
 */
public record Shard(int k, int n) {

    /** The whole sweep. */
    public static final Shard ALL = new Shard(1, 1);
    /** The option that names a shard. */
    public static final String OPTION = "--shard";

    private static final Pattern FORM = Pattern.compile("(\\d{1,6})/(\\d{1,6})");

    /** Checks 1 ≤ k ≤ n. */
    public Shard {
        if (n < 1 || k < 1 || k > n) {
            throw new InvalidInputException(OPTION, "needs 1 <= K <= N, got " + k + "/" + n);
        }
    }

    /**
     * @param text {@code K/N}
     * @return the shard
     * @throws InvalidInputException naming {@code --shard} and the text when it is not K/N with 1 ≤ K ≤ N
     */
    public static Shard parse(String text) {
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            throw new InvalidInputException(OPTION, "expected K/N (the K-th of N slices, 1 <= K <= N), got '" + text + "'");
        }
        return new Shard(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** @return whether the point of this index is in the slice */
    public boolean contains(int index) {
        return index % n == k - 1;
    }

    /** @return {@code K/N} */
    @Override
    public String toString() {
        return k + "/" + n;
    }
}
