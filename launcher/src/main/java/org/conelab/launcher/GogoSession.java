package org.conelab.launcher;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.List;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

/**
 * A Gogo command session on the framework's {@code CommandProcessor}, for batch mode.
 *
 * <p>Route: the Gogo API ({@code org.apache.felix.service.command}) is exported by the
 * gogo.runtime bundle, which the launcher's class loader cannot see. Putting the API on the
 * launcher's classpath would mean exporting a second copy from the system bundle
 * ({@code system.packages.extra}) and rewiring gogo.runtime to it. Instead this class loads the two
 * API interfaces from the bundle that registered the processor ({@code Bundle.loadClass}) and calls
 * only their public methods, {@code CommandProcessor.createSession(in, out, err)},
 * {@code CommandSession.execute(line)} and {@code close()}; the rest of the launcher sees plain
 * Java types.
 */
final class GogoSession implements AutoCloseable {

    static final String PROCESSOR = "org.apache.felix.service.command.CommandProcessor";
    static final String SESSION = "org.apache.felix.service.command.CommandSession";
    /** Gogo's exception when a command is not (yet) registered with the processor. */
    static final String COMMAND_NOT_FOUND = "org.apache.felix.gogo.runtime.CommandNotFoundException";
    /** The scope of conelab's commands. */
    static final String SCOPE = "conelab";
    /** How long an execute is retried while Gogo has not yet seen a command service. */
    static final Duration COMMAND_SETTLE = Duration.ofSeconds(2);

    private final ServiceTracker<Object, Object> processorTracker;
    private final Object session;
    private final Method execute;
    private final Method close;

    private GogoSession(ServiceTracker<Object, Object> processorTracker, Object session, Method execute, Method close) {
        this.processorTracker = processorTracker;
        this.session = session;
        this.execute = execute;
        this.close = close;
    }

    /**
     * Waits for the command processor and for the conelab command {@code function}, then opens a
     * session that writes to {@code out} and {@code err} and reads an empty input.
     *
     * @throws LaunchException when either service has not appeared within {@code timeout}
     */
    static GogoSession open(BundleContext context, String function, Duration timeout, OutputStream out, OutputStream err)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        ServiceTracker<Object, Object> processors = track(context, "(objectClass=" + PROCESSOR + ")");
        try {
            Object processor = processors.waitForService(remainingMillis(deadline));
            if (processor == null) {
                throw new LaunchException("the Gogo command processor did not appear within " + timeout.toSeconds()
                        + " s (is org.apache.felix.gogo.runtime active?)");
            }
            awaitCommand(context, function, deadline, timeout);
            ServiceReference<Object> reference = processors.getServiceReference();
            Class<?> processorType = reference.getBundle().loadClass(PROCESSOR);
            Class<?> sessionType = reference.getBundle().loadClass(SESSION);
            Method create = processorType.getMethod("createSession", InputStream.class, OutputStream.class, OutputStream.class);
            Object session = create.invoke(processor, new ByteArrayInputStream(new byte[0]), out, err);
            return new GogoSession(processors, session, sessionType.getMethod("execute", CharSequence.class),
                    sessionType.getMethod("close"));
        } catch (ReflectiveOperationException e) {
            processors.close();
            throw new LaunchException("cannot open a Gogo session: " + Failures.message(e), e);
        } catch (RuntimeException | InterruptedException e) {
            processors.close();
            throw e;
        }
    }

    /**
     * Runs {@code scope:function arg…}, each argument quoted so it reaches the command as one
     * word, and returns the command's result.
     *
     * @throws Exception the command's own exception, unwrapped from reflection
     */
    Object execute(String function, List<String> arguments) throws Exception {
        String line = GogoQuoting.commandLine(SCOPE + ":" + function, arguments);
        long deadline = System.nanoTime() + COMMAND_SETTLE.toNanos();
        while (true) {
            try {
                return execute.invoke(session, line);
            } catch (InvocationTargetException e) {
                Throwable cause = e.getCause();
                boolean settling = cause != null && COMMAND_NOT_FOUND.equals(cause.getClass().getName())
                        && System.nanoTime() < deadline;
                if (!settling) {
                    throw cause instanceof Exception ex ? ex : e;
                }
                Thread.sleep(LoadFolder.POLL.toMillis());
            }
        }
    }

    @Override
    public void close() {
        try {
            close.invoke(session);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // the framework is stopping anyway; a session that cannot close holds nothing of ours
        } finally {
            processorTracker.close();
        }
    }

    private static void awaitCommand(BundleContext context, String function, long deadline, Duration timeout)
            throws InterruptedException {
        String filter = "(&(osgi.command.scope=" + SCOPE + ")(osgi.command.function=" + function + "))";
        ServiceTracker<Object, Object> commands = track(context, filter);
        try {
            if (commands.waitForService(remainingMillis(deadline)) == null) {
                throw new LaunchException("the command " + SCOPE + ":" + function + " did not appear within "
                        + timeout.toSeconds() + " s (is org.conelab.shell active?)");
            }
        } finally {
            commands.close();
        }
    }

    private static ServiceTracker<Object, Object> track(BundleContext context, String filter) {
        try {
            ServiceTracker<Object, Object> tracker = new ServiceTracker<>(context, context.createFilter(filter), null);
            tracker.open(true);
            return tracker;
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException("bad filter " + filter, e);
        }
    }

    private static long remainingMillis(long deadline) {
        return Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
    }
}
