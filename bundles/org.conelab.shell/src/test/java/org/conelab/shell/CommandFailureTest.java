package org.conelab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.conelab.api.InvalidInputException;
import org.junit.jupiter.api.Test;

class CommandFailureTest {

    @Test
    void showsTheMessageAloneAndKeepsTheCause() {
        InvalidInputException cause = new InvalidInputException("n", "must be between 1 and 2147483647, got '0'");
        CommandFailure failure = new CommandFailure(cause);

        assertThat(failure).hasToString("n: must be between 1 and 2147483647, got '0'").hasCause(cause);
    }
}
