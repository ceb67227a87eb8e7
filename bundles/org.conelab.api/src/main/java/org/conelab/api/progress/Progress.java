package org.conelab.api.progress;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Progress of long work, and the way to cancel it. Work calls {@link #begin} once per task,
 * {@link #worked} as units complete, {@link #done} at the end, and checks {@link #isCancelled}
 * between units; cancelled work throws {@link java.util.concurrent.CancellationException}.
 */
@ConsumerType
public interface Progress {

    /** Progress that is ignored and never cancels. */
    Progress NONE = new Progress() {
        @Override
        public void begin(String task, long totalUnits) {
        }

        @Override
        public void worked(long units) {
        }

        @Override
        public void done() {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** Starts a task of {@code totalUnits} units. */
    void begin(String task, long totalUnits);

    /** Reports that {@code units} more units are done. */
    void worked(long units);

    /** Ends the current task. */
    void done();

    /** @return whether the user asked to stop */
    boolean isCancelled();
}
