package org.conelab.solver.banded.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The work arrays' lengths of {@link TemporalBlocking#staggeredLength}: never fewer than the
 * rows, and such that arrays allocated end to end (a 16-byte header each) start 1 KiB apart
 * modulo 4 KiB, whatever the rows; near the largest array, the rows themselves.
 */
class StaggeredLengthTest {

    private static final int HEADER_BYTES = 16;
    private static final int PAGE_BYTES = 4096;

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 511, 512, 513, 3640, 8064, 8192, 8193, 1_000_000, 10_000_000})
    void consecutiveArraysStartAQuarterPageApartAndHoldTheRows(int rows) {
        int length = TemporalBlocking.staggeredLength(rows);
        assertThat(length).isGreaterThanOrEqualTo(rows).isLessThan(rows + 512 + 126);
        // the next array's start, less this one's: this one's header and elements
        long distance = HEADER_BYTES + 8L * length;
        assertThat(Math.floorMod(distance, PAGE_BYTES)).isEqualTo(PAGE_BYTES / 4);
    }

    @ParameterizedTest
    @ValueSource(ints = {Integer.MAX_VALUE - 8, Integer.MAX_VALUE - 100})
    void aLengthThatWouldNotFitAnArrayIsTheRowsThemselves(int rows) {
        assertThat(TemporalBlocking.staggeredLength(rows)).isEqualTo(rows);
    }
}
