package org.conelab.sweep;

import java.util.Optional;
import org.conelab.api.InvalidInputException;

/** The worker's own option: {@code --parallel N|auto}, points run at once on the member (default 1). */
final class WorkerOptions {

    static final String PARALLEL = "--parallel";
    /** How often a worker checks that it is still a member. */
    static final long POLL_MS = 500;

    private WorkerOptions() {
    }

    /** @return the points at once: N, every available processor for {@code auto}, 1 when absent */
    static int parallel(Optional<String> value) {
        if (value.isEmpty()) {
            return 1;
        }
        String text = value.get().strip();
        if (text.equals("auto")) {
            return Runtime.getRuntime().availableProcessors();
        }
        try {
            int n = Integer.parseInt(text);
            if (n >= 1 && n <= 4096) {
                return n;
            }
        } catch (NumberFormatException e) {
            // the message below
        }
        throw new InvalidInputException(PARALLEL, "must be a whole number between 1 and 4096, or auto, got '" + text + "'");
    }
}
