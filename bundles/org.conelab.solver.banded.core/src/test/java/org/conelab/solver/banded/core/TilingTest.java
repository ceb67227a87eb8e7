package org.conelab.solver.banded.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.conelab.api.matrix.SymmetricMatrix;
import org.conelab.testsupport.RandomMatrices;
import org.conelab.testsupport.ToeplitzSpectrum;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The tiling follows the cache size it is given, and the cache sizes are read as sysfs states them. */
class TilingTest {

    static final long KIB = 1024;
    static final Band TRIDIAGONAL = Band.of(ToeplitzSpectrum.matrix(10_000_000, 1.0, 0.4));
    static final Band BANDED_R4 = Band.of(RandomMatrices.banded(100_000, 4, 3));

    /** Doubles per row a tile holds for this band: the work arrays, and the diagonals of a banded matrix. */
    static int doublesPerRow(Band band) {
        return Tiling.VECTORS_PER_ROW + (band.isStencil() ? 0 : band.bandwidth() + 1);
    }

    static long workingSetBytes(Band band, Tiling tiling) {
        return (tiling.tile() + 2L * tiling.blockSteps() * band.bandwidth()) * doublesPerRow(band) * Double.BYTES;
    }

    @ParameterizedTest
    @ValueSource(longs = {256, 512, 1024, 1280, 2048, 4096})
    void theWorkingSetFillsAQuarterOfTheL2ItIsGiven(long l2Kib) {
        for (Band band : new Band[] {TRIDIAGONAL, BANDED_R4}) {
            long budget = l2Kib * KIB / Tiling.CACHE_SHARE;
            Tiling tiling = Tiling.forCache(band, l2Kib * KIB);
            long used = workingSetBytes(band, tiling);
            assertThat(used).as("%s at L2 = %d KiB", tiling, l2Kib).isLessThanOrEqualTo(budget);
            // and nearly fills it: less than one row of slack
            assertThat(used).isGreaterThan(budget - doublesPerRow(band) * Double.BYTES);
            // the halo costs at most 1/HALO_RATIO of the window
            assertThat(2L * tiling.blockSteps() * band.bandwidth() * Tiling.HALO_RATIO)
                    .isLessThanOrEqualTo(tiling.tile() + 2L * tiling.blockSteps() * band.bandwidth());
        }
    }

    @Test
    void theTileGrowsWithTheCache() {
        Tiling previous = Tiling.forCache(TRIDIAGONAL, 64 * KIB);
        for (long l2 = 128 * KIB; l2 <= 64 * 1024 * KIB; l2 *= 2) {
            Tiling tiling = Tiling.forCache(TRIDIAGONAL, l2);
            assertThat(tiling.tile()).as("L2 = %d KiB", l2 / KIB).isGreaterThan(previous.tile());
            assertThat(tiling.blockSteps()).isGreaterThanOrEqualTo(previous.blockSteps());
            previous = tiling;
        }
    }

    @Test
    void theMachinesOfTheIssue() {
        // AMD EPYC, 512 KiB L2 per core: a window of 4096 rows, 64 steps per block
        assertThat(Tiling.forCache(TRIDIAGONAL, 512 * KIB)).isEqualTo(new Tiling(4096 - 2 * 64, 64));
        // the AVX-512 machine with 2 MiB per core: the tiling the earlier constant gave there
        assertThat(Tiling.forCache(TRIDIAGONAL, 2048 * KIB)).isEqualTo(new Tiling(16384 - 2 * 64, 64));
        // R = 4 banded at 512 KiB: 1820 rows of 9 doubles, 28 steps
        assertThat(Tiling.forCache(BANDED_R4, 512 * KIB)).isEqualTo(new Tiling(1820 - 2 * 28 * 4, 28));
    }

    @Test
    void aTinyCacheStillGivesAWorkableTiling() {
        Tiling tiling = Tiling.forCache(BANDED_R4, 1);
        assertThat(tiling.blockSteps()).isEqualTo(1);
        assertThat(tiling.tile()).isEqualTo(Tiling.MIN_TILE);
        assertThatThrownBy(() -> Tiling.forCache(TRIDIAGONAL, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void forMachineUsesTheMachinesL2() {
        SymmetricMatrix k = ToeplitzSpectrum.matrix(1000, 1.0, 0.4);
        assertThat(Tiling.forMachine(Band.of(k))).isEqualTo(Tiling.forCache(Band.of(k), CacheSizes.machine().level2()));
        assertThat(CacheSizes.machine().level2()).isPositive();
        assertThat(CacheSizes.machine().level1Data()).isPositive();
    }

    @Test
    void sysfsIsReadPerCore(@TempDir Path cache) throws IOException {
        index(cache, 0, "1", "Data", "48K", "0");
        index(cache, 1, "1", "Instruction", "32K", "0");
        // an L2 of 2 MiB shared by a cluster of four cores: 512 KiB each
        index(cache, 2, "2", "Unified", "2048K", "0-3");
        index(cache, 3, "3", "Unified", "32768K", "0-15");
        CacheSizes sizes = CacheSizes.read(cache).orElseThrow();
        assertThat(sizes.level1Data()).isEqualTo(48 * KIB);
        assertThat(sizes.level2()).isEqualTo(512 * KIB);
        assertThat(sizes.source()).isEqualTo(cache.toString());
    }

    @Test
    void missingOrMalformedSysfsFallsBack(@TempDir Path cache) throws IOException {
        assertThat(CacheSizes.read(cache.resolve("absent"))).isEmpty();
        // no L2 reported
        index(cache, 0, "1", "Data", "32K", "0");
        assertThat(CacheSizes.read(cache)).isEmpty();
        index(cache, 2, "2", "Unified", "lots", "0");
        assertThat(CacheSizes.read(cache)).isEmpty();
        assertThat(CacheSizes.fallback()).isEqualTo(
                new CacheSizes(CacheSizes.FALLBACK_L1_DATA, CacheSizes.FALLBACK_L2, "fallback"));
    }

    @Test
    void sizesAndCpuListsParse() {
        assertThat(CacheSizes.parseSize("512K")).isEqualTo(512 * KIB);
        assertThat(CacheSizes.parseSize("2M\n")).isEqualTo(2048 * KIB);
        assertThat(CacheSizes.parseSize("1024")).isEqualTo(1024);
        assertThat(CacheSizes.countCpus("0-1")).isEqualTo(2);
        assertThat(CacheSizes.countCpus("0,4")).isEqualTo(2);
        assertThat(CacheSizes.countCpus("0-3,8-11")).isEqualTo(8);
        assertThatThrownBy(() -> CacheSizes.parseSize("K")).isInstanceOf(NumberFormatException.class);
    }

    private static void index(Path cache, int k, String level, String type, String size, String shared)
            throws IOException {
        Path index = Files.createDirectories(cache.resolve("index" + k));
        Files.writeString(index.resolve("level"), level + "\n");
        Files.writeString(index.resolve("type"), type + "\n");
        Files.writeString(index.resolve("size"), size + "\n");
        Files.writeString(index.resolve("shared_cpu_list"), shared + "\n");
    }
}
