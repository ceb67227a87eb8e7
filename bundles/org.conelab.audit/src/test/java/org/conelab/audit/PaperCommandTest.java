package org.conelab.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.conelab.api.CommandFailure;
import org.conelab.api.InvalidInputException;
import org.junit.jupiter.api.Test;

/** {@code conelab:paper}'s expected failures are the API's {@link CommandFailure}; others keep their type. */
class PaperCommandTest {

    private final PaperCommand command = new PaperCommand();

    @Test
    void anUnwritableOutputIsTheAuditsOneLineWithItsCause() {
        UncheckedIOException cause = new UncheckedIOException("cannot write the audit under out: out: Not a directory",
                new IOException("Not a directory"));
        command.audit = (pipelines, output, progress) -> {
            throw cause;
        };

        assertThat(catchThrowable(() -> command.paper("out"))).isInstanceOf(CommandFailure.class)
                .hasToString("cannot write the audit under out: out: Not a directory").hasCause(cause);
    }

    @Test
    void aSecondFolderIsBadInputNamingTheArgument() {
        command.audit = (pipelines, output, progress) -> {
            throw new AssertionError("not audited");
        };

        assertThat(catchThrowable(() -> command.paper("out", "examples/paper", "more")))
                .isInstanceOf(CommandFailure.class)
                .hasToString("more: expected a folder of pipelines (first) or output=DIR")
                .hasCauseInstanceOf(InvalidInputException.class);
    }

    @Test
    void anUnexpectedFailureKeepsItsType() {
        IllegalStateException bug = new IllegalStateException("a bug");
        command.audit = (pipelines, output, progress) -> {
            throw bug;
        };

        assertThat(catchThrowable(() -> command.paper("out"))).isSameAs(bug);
    }
}
