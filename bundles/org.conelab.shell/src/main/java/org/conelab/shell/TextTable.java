package org.conelab.shell;

import java.util.List;

/** Left-aligned text columns separated by two spaces. */
final class TextTable {

    private TextTable() {
    }

    /** @return the rows, the first being the header, each cell padded to its column's width */
    static String format(List<String[]> rows) {
        int columns = rows.get(0).length;
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        StringBuilder text = new StringBuilder();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                line.append(c == 0 ? "" : "  ").append(row[c]).append(" ".repeat(widths[c] - row[c].length()));
            }
            text.append(line.toString().stripTrailing()).append('\n');
        }
        return text.toString();
    }
}
