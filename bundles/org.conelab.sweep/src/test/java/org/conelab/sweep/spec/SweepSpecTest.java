package org.conelab.sweep.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.conelab.api.InvalidInputException;
import org.junit.jupiter.api.Test;

class SweepSpecTest {

    static final Set<String> KEYS = Set.of("name", "n", "kernel", "eta", "loss", "output", "targets.sigma", "targets.seed", "init.seed");

    static Map<String, String> spec(String... keyValues) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", "s");
        values.put("n", "11");
        values.put("kernel", "tridiagonal");
        for (int i = 0; i < keyValues.length; i += 2) {
            values.put(keyValues[i], keyValues[i + 1]);
        }
        return values;
    }

    @Test
    void sweepKeysBecomeAxesAndTheRestTheBase() {
        SweepSpec spec = SweepSpec.parse(spec("eta", "0.5 stable", "sweep.loss", "is, mse", "sweep.eta", "0.5:1:2 stable",
                "sweep.replicates", "3", "sweep.parallel", "auto", "sweep.plot", "stable vs eta"), KEYS);
        assertThat(spec.axes()).extracting(Axis::key).containsExactly("loss", "eta");
        assertThat(spec.base()).containsOnlyKeys("name", "n", "kernel");
        assertThat(spec.replicates()).isEqualTo(3);
        assertThat(spec.parallel()).isZero();
        assertThat(spec.plots()).containsExactly(new Plot("stable", "eta"));
    }

    @Test
    void badSweepKeysAreNamed() {
        assertThatThrownBy(() -> SweepSpec.parse(spec("sweep.etta", "1, 2"), KEYS)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("sweep.etta: unknown sweep key");
        assertThatThrownBy(() -> SweepSpec.parse(spec("sweep.name", "a, b"), KEYS)).hasMessageStartingWith("sweep.name: cannot be swept");
        assertThatThrownBy(() -> SweepSpec.parse(spec(), KEYS)).hasMessageStartingWith("sweep: no swept key");
        assertThatThrownBy(() -> SweepSpec.parse(spec("sweep.loss", "is", "sweep.mode", "diagonal"), KEYS))
                .hasMessageStartingWith("sweep.mode: must be product or zip, got 'diagonal'");
        assertThatThrownBy(() -> SweepSpec.parse(spec("sweep.loss", "is", "sweep.replicates", "0"), KEYS))
                .hasMessageStartingWith("sweep.replicates: must be a whole number");
        assertThatThrownBy(() -> SweepSpec.parse(spec("sweep.loss", "is", "sweep.parallel", "many"), KEYS))
                .hasMessageStartingWith("sweep.parallel: ").hasMessageContaining("'many'");
        assertThatThrownBy(() -> SweepSpec.parse(spec("sweep.loss", "is", "sweep.plot", "stable against eta"), KEYS))
                .hasMessageStartingWith("sweep.plot: expected 'FINDING vs KEY'");
        assertThatThrownBy(() -> SweepSpec.parse(spec("sweep.loss", "is", "sweep.plot", "stable vs eta"), KEYS))
                .hasMessageStartingWith("sweep.plot: 'eta' is not a swept key");
        assertThatThrownBy(() -> SweepSpec.parse(spec("sweep.loss", "is, mse", "sweep.eta", "1, 2, 3", "sweep.mode", "zip"), KEYS))
                .hasMessageStartingWith("sweep.eta: sweep.mode = zip needs lists of one length");
        assertThatThrownBy(() -> SweepSpec.parse(spec("sweep.n", "1:1000:1000", "sweep.eta", "1:2:1000", "sweep.replicates", "2"), KEYS))
                .hasMessageStartingWith("sweep: more than 1000000 points");
    }

    @Test
    void theHashIdentifiesThePointsNotWhereOrHowFastTheyRun() {
        String hash = SweepSpec.parse(spec("sweep.loss", "is, mse"), KEYS).hash();
        assertThat(SweepSpec.parse(spec("sweep.loss", "is, mse", "sweep.parallel", "4", "output", "elsewhere"), KEYS).hash())
                .isEqualTo(hash);
        assertThat(SweepSpec.parse(spec("sweep.loss", "mse, is"), KEYS).hash()).isNotEqualTo(hash);
        assertThat(SweepSpec.parse(spec("sweep.loss", "is, mse", "n", "12"), KEYS).hash()).isNotEqualTo(hash);
    }
}
