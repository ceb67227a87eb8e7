package org.conelab.solver.banded.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The data caches of one core of the machine that runs the solver, as {@link Tiling} sizes tiles
 * to them: the L1 data cache and the level-2 cache, each divided by the number of logical CPUs
 * that share it (so a 2 MiB L2 shared by a cluster of four cores counts 512 KiB).
 *
 * <p>{@link #machine()} reads them once from Linux sysfs,
 * {@code /sys/devices/system/cpu/cpu0/cache/index*} ({@code level}, {@code type},
 * {@code size}, {@code shared_cpu_list}); where that is missing or unreadable (other operating
 * systems, restricted containers) it falls back to {@value #FALLBACK_L1_DATA} and
 * {@value #FALLBACK_L2} bytes, the least of current x86-64 and ARM cores. A fallback smaller
 * than the true cache costs only halo work (smaller tiles), never cache misses.
 *
 * @param level1Data bytes of L1 data cache per core, &gt; 0
 * @param level2 bytes of level-2 cache per core, &gt; 0
 * @param source where the sizes come from: the sysfs directory read, or {@code "fallback"}
 */
public record CacheSizes(long level1Data, long level2, String source) {

    /** The L1 data cache assumed when the machine does not report one: 32 KiB. */
    public static final long FALLBACK_L1_DATA = 32 * 1024;
    /** The per-core L2 assumed when the machine does not report one: 256 KiB. */
    public static final long FALLBACK_L2 = 256 * 1024;

    private static final Path SYSFS = Path.of("/sys/devices/system/cpu/cpu0/cache");

    /** Checks the sizes. */
    public CacheSizes {
        if (level1Data <= 0 || level2 <= 0) {
            throw new IllegalArgumentException("cache sizes must be > 0, got " + level1Data + ", " + level2);
        }
    }

    /** Read once, on first use. */
    private static final class Machine {
        static final CacheSizes SIZES = read(SYSFS).orElse(fallback());
    }

    /** @return the caches of this machine (sysfs, or the fallback), read once */
    public static CacheSizes machine() {
        return Machine.SIZES;
    }

    /** @return the fallback sizes */
    public static CacheSizes fallback() {
        return new CacheSizes(FALLBACK_L1_DATA, FALLBACK_L2, "fallback");
    }

    /**
     * @param directory a sysfs {@code cpuN/cache} directory
     * @return the per-core L1 data and L2 sizes it describes, or empty when it does not hold both
     */
    static Optional<CacheSizes> read(Path directory) {
        if (!Files.isDirectory(directory)) {
            return Optional.empty();
        }
        long l1 = 0;
        long l2 = 0;
        try (Stream<Path> entries = Files.list(directory)) {
            for (Path index : (Iterable<Path>) entries.filter(p -> p.getFileName().toString().startsWith("index"))
                    .sorted()::iterator) {
                Optional<String> level = text(index.resolve("level"));
                Optional<String> type = text(index.resolve("type"));
                Optional<String> size = text(index.resolve("size"));
                if (level.isEmpty() || type.isEmpty() || size.isEmpty()) {
                    continue;
                }
                long bytes = parseSize(size.get());
                int sharing = text(index.resolve("shared_cpu_list")).map(CacheSizes::countCpus).orElse(1);
                long perCore = bytes / Math.max(sharing, 1);
                boolean data = !type.get().equalsIgnoreCase("Instruction");
                if (level.get().equals("1") && data) {
                    l1 = perCore;
                } else if (level.get().equals("2") && data) {
                    l2 = perCore;
                }
            }
        } catch (IOException | UncheckedIOException | NumberFormatException e) {
            // unreadable or malformed: the caller falls back
            return Optional.empty();
        }
        return l1 > 0 && l2 > 0 ? Optional.of(new CacheSizes(l1, l2, directory.toString())) : Optional.empty();
    }

    /**
     * @param size a sysfs size such as {@code 512K}, {@code 32768K}, {@code 2M} or {@code 1024}
     * @return bytes
     * @throws NumberFormatException when it is not one
     */
    static long parseSize(String size) {
        String s = size.trim().toUpperCase(Locale.ROOT);
        long unit = 1;
        if (s.endsWith("K")) {
            unit = 1024;
        } else if (s.endsWith("M")) {
            unit = 1024 * 1024;
        } else if (s.endsWith("G")) {
            unit = 1024L * 1024 * 1024;
        }
        String digits = unit == 1 ? s : s.substring(0, s.length() - 1);
        return Long.parseLong(digits) * unit;
    }

    /**
     * @param list a CPU list such as {@code 0-1}, {@code 0,4} or {@code 0-3,8-11}
     * @return the number of CPUs in it
     * @throws NumberFormatException when it is not one
     */
    static int countCpus(String list) {
        int count = 0;
        for (String part : list.trim().split(",")) {
            if (part.isEmpty()) {
                continue;
            }
            int dash = part.indexOf('-');
            count += dash < 0 ? 1 : Integer.parseInt(part.substring(dash + 1)) - Integer.parseInt(part.substring(0, dash)) + 1;
        }
        return count;
    }

    private static Optional<String> text(Path file) {
        try {
            return Optional.of(Files.readString(file, StandardCharsets.US_ASCII).trim());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return "L1d " + level1Data / 1024 + " KiB, L2 " + level2 / 1024 + " KiB per core (" + source + ")";
    }
}
