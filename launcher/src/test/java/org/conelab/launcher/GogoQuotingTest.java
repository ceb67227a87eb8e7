package org.conelab.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.felix.gogo.runtime.CommandProcessorImpl;
import org.apache.felix.gogo.runtime.threadio.ThreadIOImpl;
import org.apache.felix.service.command.CommandSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each quoted word must reach a Gogo command as exactly the original string: checked against
 * the real Gogo parser (gogo.runtime is on the test classpath as a provided dependency).
 */
class GogoQuotingTest {

    /** A command that returns its arguments as they arrived. */
    public static final class Echo {
        public List<String> args(String... words) {
            return List.of(words);
        }
    }

    private ThreadIOImpl threadIO;
    private CommandSession session;

    @BeforeEach
    void openSession() {
        threadIO = new ThreadIOImpl();
        threadIO.start();
        CommandProcessorImpl processor = new CommandProcessorImpl(threadIO);
        processor.addCommand("test", new Echo(), "args");
        session = processor.createSession(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(),
                new ByteArrayOutputStream());
    }

    @AfterEach
    void closeSession() {
        session.close();
        threadIO.stop();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "plain",
        "/tmp/a folder/paper tridiagonal.properties",
        "output=/tmp/x y",
        "it's",
        "''",
        "a\\b\\'c",
        "$HOME ${x} $(echo)",
        "a;b | c & d",
        "{ closure }",
        "[1 2]",
        "*.properties",
        "\"double\" quotes",
        "tab\there",
        "",
        "ünïcödé λ=0.5"
    })
    void eachWordReachesTheCommandUnchanged(String word) throws Exception {
        Object result = session.execute(GogoQuoting.commandLine("test:args", List.of(word, "next")));

        assertThat(result).isEqualTo(List.of(word, "next"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"it's", "plain"})
    void quotesAreSingleQuotesWithPosixEscapes(String word) {
        assertThat(GogoQuoting.quote(word)).isEqualTo("'" + word.replace("'", "'\\''") + "'")
                .startsWith("'").endsWith("'");
    }
}
