package org.conelab.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.ExecutionException;
import org.conelab.api.CommandFailure;
import org.conelab.api.InvalidInputException;
import org.junit.jupiter.api.Test;

class FailuresTest {

    @Test
    void unwrapsReflectionAndExecutionWrappers() {
        IllegalArgumentException cause = new IllegalArgumentException("n: must be positive, got '0'");
        Throwable wrapped = new ExecutionException(new InvocationTargetException(cause));

        assertThat(Failures.unwrap(wrapped)).isSameAs(cause);
        assertThat(Failures.message(wrapped)).isEqualTo("n: must be positive, got '0'");
    }

    @Test
    void keepsAMeaningfulOuterMessage() {
        LaunchException outer = new LaunchException("bundle x is missing", new RuntimeException("inner"));

        assertThat(Failures.message(outer)).isEqualTo("bundle x is missing");
    }

    @Test
    void unwrapsTheRuntimeExceptionThatOnlyRepeatsItsCause() {
        Exception cause = new java.io.IOException("disk full");

        assertThat(Failures.message(new RuntimeException(cause))).isEqualTo("disk full");
    }

    @Test
    void givesTheFirstLineOnly() {
        assertThat(Failures.message(new IllegalStateException("first\nsecond\nthird"))).isEqualTo("first");
    }

    @Test
    void fallsBackToTheCauseThenTheClassName() {
        assertThat(Failures.message(new IllegalStateException(null, new ArithmeticException("overflow"))))
                .isEqualTo("overflow");
        assertThat(Failures.message(new NullPointerException())).isEqualTo("NullPointerException");
    }

    @Test
    void anUnexpectedFailureNamesItsClassAndSuggestsDebug() {
        RuntimeException boom = new RuntimeException("boom from rbf");

        assertThat(Failures.describe(new InvocationTargetException(boom), false))
                .isEqualTo("RuntimeException: boom from rbf " + Failures.DEBUG_HINT);
        assertThat(Failures.describe(boom, true)).isEqualTo("RuntimeException: boom from rbf");
        assertThat(Failures.describe(new NullPointerException(), false)).isEqualTo("NullPointerException " + Failures.DEBUG_HINT);
    }

    @Test
    void anExpectedFailureIsItsMessageAloneAlsoForASubclass() {
        assertThat(Failures.describe(new LaunchException("bundle x is missing"), false)).isEqualTo("bundle x is missing");
        assertThat(Failures.describe(new InvalidInputException("n", "must be positive"), false))
                .isEqualTo("n: must be positive");
        assertThat(Failures.describe(new InvalidInputException("n", "bad") { }, false)).isEqualTo("n: bad");
        assertThat(Failures.describe(new IllegalStateException("x: no such folder",
                new InvalidInputException("x", "no such folder")), false)).isEqualTo("x: no such folder");
    }

    @Test
    void theExpectedFailuresAreTheApisTypesByTheirRealNames() {
        assertThat(Failures.EXPECTED).containsExactlyInAnyOrder(InvalidInputException.class.getName(), CommandFailure.class.getName());
    }

    @Test
    void aCommandFailureIsItsMessageAloneWhateverItsCause() {
        UncheckedIOException unwritable = new UncheckedIOException("cannot write the audit under out: out: Not a directory",
                new IOException("Not a directory"));

        assertThat(Failures.describe(new CommandFailure(unwritable), false)).isEqualTo("cannot write the audit under out: out: Not a directory");
        assertThat(Failures.describe(new InvocationTargetException(new CommandFailure("run cancelled; nothing was written", null)), false))
                .isEqualTo("run cancelled; nothing was written");
    }
}
