package org.conelab.numeric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CsrBuilderTest {

    @Test
    void assemblesAWorkedExampleRowByRow() {
        // [1 2 0; 0 0 0; 3 0 4]: rows hold 2, 0 and 2 entries
        CsrBuilder csr = new CsrBuilder(3, Long.MAX_VALUE);
        csr.countRow(2);
        csr.countRow(0);
        csr.countRow(2);
        csr.allocate();
        int[][] columns = {{0, 1}, {}, {0, 2}};
        double[][] values = {{1, 2}, {}, {3, 4}};
        for (int i = 0; i < 3; i++) {
            int start = csr.rowStart(i);
            for (int p = 0; p < columns[i].length; p++) {
                csr.columns()[start + p] = columns[i][p];
                csr.values()[start + p] = values[i][p];
            }
        }

        assertThat(csr.rowStarts()).containsExactly(0, 2, 2, 4);
        assertThat(csr.columns()).containsExactly(0, 1, 0, 2);
        assertThat(csr.values()).containsExactly(1, 2, 3, 4);
        assertThat(CsrBuilder.storageBytes(4, 3)).isEqualTo(12 * 4 + 4 * 4);
    }

    @Test
    void storageBeyondTheLimitIsRefusedDuringCounting() {
        // 3 rows: 16 bytes of offsets; 10 entries = 120 bytes more
        CsrBuilder csr = new CsrBuilder(3, 16 + 12 * 10);
        csr.countRow(5);
        csr.countRow(5);
        assertThatThrownBy(() -> csr.countRow(1))
                .isInstanceOfSatisfying(CsrBuilder.StorageLimitException.class,
                        e -> assertThat(e.bytes()).isEqualTo(16 + 12 * 11));
    }

    @Test
    void entriesBeyondOneArrayAreRefusedWhateverTheLimit() {
        CsrBuilder csr = new CsrBuilder(2, Long.MAX_VALUE);
        csr.countRow(Integer.MAX_VALUE - 8);
        assertThatThrownBy(() -> csr.countRow(1)).isInstanceOf(CsrBuilder.StorageLimitException.class);
    }

    @Test
    void passesOutOfOrderAreRefused() {
        CsrBuilder csr = new CsrBuilder(2, Long.MAX_VALUE);
        csr.countRow(1);
        assertThatThrownBy(csr::allocate).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(csr::columns).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> csr.countRow(-1)).isInstanceOf(IllegalArgumentException.class);
        csr.countRow(1);
        assertThatThrownBy(() -> csr.countRow(1)).isInstanceOf(IllegalStateException.class);
        csr.allocate();
        assertThat(csr.values()).hasSize(2);
        assertThatThrownBy(csr::allocate).isInstanceOf(IllegalStateException.class);
    }
}
