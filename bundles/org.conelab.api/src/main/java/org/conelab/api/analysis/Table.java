package org.conelab.api.analysis;

import java.util.List;

/**
 * A numeric table written as {@code <analyzer>-<name>.csv} with a header row.
 *
 * @param name the table's name, such as {@code front}
 * @param columns the column headers
 * @param rows the rows, each with one value per column
 */
public record Table(String name, List<String> columns, List<double[]> rows) {

    /** Checks every row's width and copies the lists. */
    public Table {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).length != columns.size()) {
                throw new IllegalArgumentException("table " + name + " row " + r + " has "
                        + rows.get(r).length + " values for " + columns.size() + " columns");
            }
        }
    }
}
