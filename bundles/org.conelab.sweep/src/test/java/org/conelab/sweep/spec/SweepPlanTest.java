package org.conelab.sweep.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conelab.sweep.spec.SweepSpecTest.KEYS;
import static org.conelab.sweep.spec.SweepSpecTest.spec;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SweepPlanTest {

    @Test
    void aProductVariesTheFirstKeySlowest() {
        SweepPlan plan = SweepPlan.of(SweepSpec.parse(spec("sweep.loss", "is, mse", "sweep.eta", "1, 2, 3"), KEYS));
        assertThat(plan.points()).extracting(p -> p.swept().get("loss") + "/" + p.swept().get("eta"))
                .containsExactly("is/1", "is/2", "is/3", "mse/1", "mse/2", "mse/3");
        assertThat(plan.points()).extracting(Point::index).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(plan.points().get(4).id()).isEqualTo("p0004");
    }

    @Test
    void zipTakesTheKthValuesTogether() {
        SweepPlan plan = SweepPlan.of(SweepSpec.parse(spec("sweep.loss", "is, mse", "sweep.eta", "1, 2", "sweep.mode", "zip"), KEYS));
        assertThat(plan.points()).extracting(p -> p.swept().get("loss") + "/" + p.swept().get("eta")).containsExactly("is/1", "mse/2");
    }

    @Test
    void replicatesDrawDistinctSeedsSharedAcrossCombinationsAndRepeatable() {
        Map<String, String> values = spec("targets.seed", "7", "sweep.targets.sigma", "0.5, 1", "sweep.replicates", "3");
        SweepPlan plan = SweepPlan.of(SweepSpec.parse(values, KEYS));
        assertThat(plan.points()).hasSize(6);
        List<String> firstCombination = IntStream.range(0, 3).mapToObj(i -> plan.points().get(i).seeds().get("targets.seed")).toList();
        List<String> second = IntStream.range(3, 6).mapToObj(i -> plan.points().get(i).seeds().get("targets.seed")).toList();
        assertThat(firstCombination).doesNotHaveDuplicates().doesNotContain("7").isEqualTo(second);
        assertThat(plan.points()).extracting(Point::replicate).containsExactly(0, 1, 2, 0, 1, 2);
        assertThat(SweepPlan.of(SweepSpec.parse(values, KEYS)).points()).isEqualTo(plan.points());
        values.put("sweep.seed", "12345");
        assertThat(SweepPlan.of(SweepSpec.parse(values, KEYS)).points().get(0).seeds()).isNotEqualTo(plan.points().get(0).seeds());
    }

    @Test
    void oneReplicateKeepsTheFilesSeedsAndDrawsTheMissingOnes() {
        SweepPlan plan = SweepPlan.of(SweepSpec.parse(spec("targets.seed", "7", "sweep.loss", "is, mse"), KEYS));
        assertThat(plan.points()).allSatisfy(p -> assertThat(p.seeds().get("targets.seed")).isEqualTo("7"));
        assertThat(plan.points().get(0).seeds().get("init.seed")).isEqualTo(plan.points().get(1).seeds().get("init.seed")).isNotBlank();
    }

    @Test
    void aSweptSeedKeepsItsSweptValue() {
        SweepPlan plan = SweepPlan.of(SweepSpec.parse(spec("sweep.targets.seed", "1, 2"), KEYS));
        assertThat(plan.points()).allSatisfy(p -> assertThat(p.seeds()).doesNotContainKey("targets.seed"));
        assertThat(plan.points().get(1).specification(plan.spec().base(), "s", java.nio.file.Path.of("o")))
                .containsEntry("targets.seed", "2").containsEntry("name", "s-p0001").containsEntry("output", "o");
    }
}
