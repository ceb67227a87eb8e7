package org.conelab.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.ExecutionException;
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
}
