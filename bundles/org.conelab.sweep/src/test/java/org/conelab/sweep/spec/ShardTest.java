package org.conelab.sweep.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.conelab.api.InvalidInputException;
import org.junit.jupiter.api.Test;

class ShardTest {

    @Test
    void theSlicesAreDisjointAndCoverEveryPoint() {
        List<Integer> seen = new ArrayList<>();
        for (int k = 1; k <= 3; k++) {
            Shard shard = Shard.parse(k + "/3");
            IntStream.range(0, 10).filter(shard::contains).forEach(seen::add);
        }
        assertThat(seen).hasSize(10).doesNotHaveDuplicates().containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(Shard.parse("2/3").toString()).isEqualTo("2/3");
    }

    @Test
    void aBadShardIsNamed() {
        for (String bad : List.of("0/3", "4/3", "3", "a/b", "1/0", "-1/2")) {
            assertThatThrownBy(() -> Shard.parse(bad)).as(bad).isInstanceOf(InvalidInputException.class).hasMessageStartingWith("--shard: ");
        }
    }
}
