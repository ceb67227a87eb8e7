package org.conelab.numeric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.conelab.api.InvalidInputException;
import org.junit.jupiter.api.Test;

class HeapBudgetTest {

    private static final long SIX_GIB = 6L << 30;

    @Test
    void refusesWithAMessageNamingNWhatIsStoredAndTheLimit() {
        HeapBudget budget = new HeapBudget(SIX_GIB);
        // 10¹⁰ doubles = 8·10¹⁰ bytes = 74.5 GiB, in arrays of 10⁵
        assertThatThrownBy(() -> budget.require(100_000, 1e10, 1e5, "the response columns"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("n: n = 100000 needs 74.5 GiB for the response columns; the heap limit is 6.0 GiB (-Xmx)")
                .extracting(e -> ((InvalidInputException) e).subject()).isEqualTo("n");
    }

    @Test
    void theLimitIsInclusive() {
        HeapBudget budget = new HeapBudget(8000);
        assertThatCode(() -> budget.require(10, 1000, 1000, "x")).doesNotThrowAnyException();
        assertThatThrownBy(() -> budget.require(10, 1001, 1000, "x"))
                .hasMessage("n: n = 10 needs 7.8 KiB for x; the heap limit is 7.8 KiB (-Xmx)");
        assertThat(budget.limitBytes()).isEqualTo(8000);
    }

    @Test
    void refusesAnArrayLongerThanJavaAllowsWhateverTheHeap() {
        HeapBudget unlimited = new HeapBudget(Long.MAX_VALUE);
        assertThatCode(() -> unlimited.require(46_340, (double) HeapBudget.MAX_ARRAY_LENGTH,
                (double) HeapBudget.MAX_ARRAY_LENGTH, "one n×n array")).doesNotThrowAnyException();
        // 46341² = 2 147 488 281 > 2³¹ − 9
        double square = 46_341.0 * 46_341.0;
        assertThatThrownBy(() -> unlimited.require(46_341, square, square, "one n×n array"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("n: n = 46341 needs 16.0 GiB for one n×n array; the heap limit is 8.0 EiB (-Xmx);"
                        + " one array would exceed 2^31 entries");
    }

    @Test
    void countsWithoutOverflow() {
        // n = 2·10⁹: 8·n² = 3.2·10¹⁹ bytes is beyond Long.MAX_VALUE ≈ 9.2·10¹⁸, and must still be refused
        HeapBudget unlimited = new HeapBudget(Long.MAX_VALUE);
        double n = 2e9;
        assertThatThrownBy(() -> unlimited.require((int) n, n * n, n, "dense storage"))
                .hasMessageStartingWith("n: n = 2000000000 needs 27.8 EiB for dense storage");
    }

    @Test
    void formatsInBinaryUnitsWithOneDecimal() {
        assertThat(HeapBudget.format(0)).isEqualTo("0 bytes");
        assertThat(HeapBudget.format(512)).isEqualTo("512 bytes");
        assertThat(HeapBudget.format(1536)).isEqualTo("1.5 KiB");
        assertThat(HeapBudget.format(3L << 20)).isEqualTo("3.0 MiB");
        assertThat(HeapBudget.format(8e10)).isEqualTo("74.5 GiB");
        assertThat(HeapBudget.format(3.2e13)).isEqualTo("29.1 TiB");
        // beyond the largest unit the number grows: 2⁷⁰ bytes = 1024 EiB
        assertThat(HeapBudget.format(Math.pow(2, 70))).isEqualTo("1024.0 EiB");
    }

    @Test
    void ofRuntimeUsesTheJvmMaximumHeap() {
        assertThat(HeapBudget.ofRuntime().limitBytes()).isEqualTo(Runtime.getRuntime().maxMemory());
    }
}
