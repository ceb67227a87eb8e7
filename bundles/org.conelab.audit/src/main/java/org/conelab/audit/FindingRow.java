package org.conelab.audit;

/**
 * One row of a run's {@code findings.csv}, with where it came from.
 *
 * @param run the run's name
 * @param csv the CSV file, relative to the audit's folder ({@code /}-separated, for links)
 * @param line the row's line number in that file (the header is line 1)
 */
record FindingRow(String run, String csv, int line, String analyzer, String finding, String measured, String expected,
        String tolerance, String unit, String verdict, String coverage, String method) {

    /** @return whether the row's verdict decides anything: {@code holds} or {@code fails} */
    boolean decisive() {
        return holds() || fails();
    }

    boolean holds() {
        return "holds".equals(verdict);
    }

    boolean fails() {
        return "fails".equals(verdict);
    }
}
