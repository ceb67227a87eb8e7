package org.conelab.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.conelab.api.CommandFailure;
import org.conelab.api.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The sweep commands' expected failures are the API's {@link CommandFailure}, their one line. */
class SweepCommandsTest {

    @Test
    void aMergeWithoutFoldersIsOneLineNamingTheCommand() {
        SweepCommands commands = new SweepCommands();
        commands.sweeps = new Sweeps();

        assertThat(catchThrowable(() -> commands.sweepmerge())).isInstanceOf(CommandFailure.class)
                .hasToString("sweep-merge: needs the shards' sweep folders").hasCauseInstanceOf(InvalidInputException.class);
    }
}
