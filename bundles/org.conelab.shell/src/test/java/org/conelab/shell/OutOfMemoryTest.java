package org.conelab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class OutOfMemoryTest {

    private static final long MIB = 1024L * 1024L;

    @Test
    void theMessageGivesTheHeapLimitInMibAndHowToRaiseIt() {
        String message = OutOfMemory.message(512 * MIB);

        assertThat(message).startsWith("out of memory: ").contains("512 MiB").contains("Runtime.maxMemory")
                .contains("CONELAB_JAVA_OPTS=-Xmx1g").doesNotContain("\n");
    }

    @Test
    void theSuggestionIsAtLeastTwiceTheLimitInWholeGibOrMib() {
        assertThat(OutOfMemory.suggestion(100 * MIB)).isEqualTo("200m");
        assertThat(OutOfMemory.suggestion(512 * MIB)).isEqualTo("1g");
        assertThat(OutOfMemory.suggestion(3000 * MIB)).isEqualTo("6g");
    }

    @Test
    void anOutOfMemoryErrorIsFoundUnderTheExceptionsThatWrapIt() {
        OutOfMemoryError oom = new OutOfMemoryError("Java heap space");
        RuntimeException wrapped = new IllegalStateException("solver failed", new ExecutionException(oom));

        assertThat(OutOfMemory.in(wrapped)).containsSame(oom);
        assertThat(OutOfMemory.in(new IllegalStateException("other"))).isEmpty();
    }
}
