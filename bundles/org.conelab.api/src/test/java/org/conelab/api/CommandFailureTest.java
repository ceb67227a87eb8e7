package org.conelab.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

class CommandFailureTest {

    @Test
    void showsTheCausesMessageAloneAndKeepsTheCause() {
        InvalidInputException cause = new InvalidInputException("n", "must be between 1 and 2147483647, got '0'");

        CommandFailure failure = new CommandFailure(cause);

        assertThat(failure).hasToString("n: must be between 1 and 2147483647, got '0'")
                .hasMessage("n: must be between 1 and 2147483647, got '0'").hasCause(cause);
    }

    @Test
    void showsItsOwnLineWithOrWithoutACause() {
        CancellationException cause = new CancellationException();

        assertThat(new CommandFailure("run cancelled; nothing was written", cause))
                .hasToString("run cancelled; nothing was written").hasCause(cause);
        assertThat(new CommandFailure("the pipeline engine is not available", null))
                .hasToString("the pipeline engine is not available").hasNoCause();
    }

    @Test
    void aCauseWithoutAMessageIsShownByItsToString() {
        UncheckedIOException cause = new UncheckedIOException(null, new IOException("disk full"));

        assertThat(new CommandFailure(cause)).hasToString(cause.toString()).hasCause(cause);
    }
}
