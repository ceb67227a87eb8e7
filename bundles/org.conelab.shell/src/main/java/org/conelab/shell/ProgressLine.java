package org.conelab.shell;

import java.util.Locale;

/** The text of a progress bar: {@code [######........]  40% task}, fitted to a width. */
final class ProgressLine {

    /** The bar's width in characters when the line has room. */
    static final int BAR = 30;
    /** The narrowest bar drawn. */
    static final int MIN_BAR = 10;

    private ProgressLine() {
    }

    /**
     * @param task the task's name
     * @param done units done, 0 ≤ done ≤ total
     * @param total units in all, ≥ 1
     * @param width the line's width in columns, or 0 when unknown; the text is kept one column
     *     shorter so that the terminal never wraps it
     * @return the bar, the percentage and the task, the task shortened with {@code …} to fit
     */
    static String render(String task, long done, long total, int width) {
        int percent = (int) (100 * done / total);
        int room = width > 0 ? width - 1 : Integer.MAX_VALUE;
        int bar = Math.max(MIN_BAR, Math.min(BAR, room - 8 - Math.min(task.length(), 20)));
        int filled = (int) (bar * done / total);
        String line = String.format(Locale.ROOT, "[%s%s] %3d%% %s", "#".repeat(filled), ".".repeat(bar - filled), percent, task);
        return line.length() <= room ? line : line.substring(0, Math.max(0, room - 1)) + "…";
    }
}
