package org.conelab.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.conelab.api.CommandFailure;
import org.conelab.api.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The shell's expected failures end a command with the API's {@link CommandFailure}, its one line. */
class ConelabCommandsFailuresTest {

    private final ConelabCommands commands = new ConelabCommands();

    @Test
    void anUnknownKindIsOneLineNamingTheOptionWithTheBadInputAsCause() {
        Throwable failure = catchThrowable(() -> commands.list("nope"));

        assertThat(failure).isInstanceOf(CommandFailure.class)
                .hasToString("--kind: must be one of " + String.join(", ", ProviderListing.KINDS.keySet()) + ", got 'nope'")
                .hasCauseInstanceOf(InvalidInputException.class);
    }

    @Test
    void aMissingEngineIsOneLineSayingWhereToLook() {
        Throwable failure = catchThrowable(() -> commands.run(null, true, "n=21"));

        assertThat(failure).isInstanceOf(CommandFailure.class)
                .hasToString("the pipeline engine is not available (conelab:list shows what is; lb shows the bundles)").hasNoCause();
    }
}
