package org.conelab.shell;

import java.util.ArrayList;
import java.util.List;
import org.conelab.api.InvalidInputException;
import org.conelab.api.pipeline.RunReport;

/**
 * The runs of this session (this launch of the platform), numbered from 1 in the order they
 * finished, for {@code conelab:runs} and {@code conelab:show}. Failed and cancelled runs wrote
 * nothing and are not recorded. Thread-safe.
 */
final class RunHistory {

    /**
     * A recorded run.
     *
     * @param index its number in this session, from 1
     * @param report what it produced
     */
    record Entry(int index, RunReport report) {
    }

    private final List<RunReport> reports = new ArrayList<>();

    /** @return the number the run gets */
    synchronized int add(RunReport report) {
        reports.add(report);
        return reports.size();
    }

    /** @return every run, in order */
    synchronized List<Entry> all() {
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            entries.add(new Entry(i + 1, reports.get(i)));
        }
        return entries;
    }

    /**
     * @param index a run's number
     * @return that run
     * @throws InvalidInputException naming the index and the numbers there are
     */
    synchronized Entry get(int index) {
        if (index < 1 || index > reports.size()) {
            throw new InvalidInputException(Integer.toString(index), reports.isEmpty()
                    ? "no run in this session yet (conelab:run starts one)"
                    : "no such run; this session's runs are 1 to " + reports.size() + " (conelab:runs)");
        }
        return new Entry(index, reports.get(index - 1));
    }
}
