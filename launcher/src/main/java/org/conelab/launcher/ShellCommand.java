package org.conelab.launcher;

import org.osgi.framework.Bundle;

/**
 * Shell mode: starts every bundle, gogo.jline last, which opens the interactive shell on the
 * terminal; returns when the shell's {@code exit} (or Ctrl-D) stops the framework.
 */
final class ShellCommand {

    /** The bundle that provides the interactive shell. */
    static final String SHELL_BUNDLE = "org.apache.felix.gogo.jline";

    private final Distribution distribution;
    private final LauncherLog log;

    ShellCommand(Distribution distribution, LauncherLog log) {
        this.distribution = distribution;
        this.log = log;
    }

    int execute() {
        try (Platform platform = Platform.start(distribution, Platform.Mode.SHELL, log)) {
            if (!shellIsActive(platform)) {
                log.line(SHELL_BUNDLE + " is not active: no shell to run");
                return Main.FAILED;
            }
            platform.awaitStop();
            return Main.OK;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Main.FAILED;
        } catch (RuntimeException e) {
            log.line(Failures.message(e));
            return Main.FAILED;
        }
    }

    private static boolean shellIsActive(Platform platform) {
        for (Bundle bundle : platform.context().getBundles()) {
            if (SHELL_BUNDLE.equals(bundle.getSymbolicName())) {
                return bundle.getState() == Bundle.ACTIVE;
            }
        }
        return false;
    }
}
