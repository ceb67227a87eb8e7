package org.conelab.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.conelab.loss.is.ItakuraSaitoLoss;
import org.junit.jupiter.api.Test;

/** §9 on the real IS loss: every row holds; a loss with the wrong curvature fails. */
class CurvatureCheckTest {

    @Test
    void theIsLossHasGradientAndCurvatureOfSection9() {
        List<FindingRow> rows = CurvatureCheck.rows(new ItakuraSaitoLoss());
        assertThat(rows).hasSize(3).allMatch(FindingRow::holds);
    }
}
