package org.conelab.audit;

/**
 * Which findings a claim rests on: the rows of one run's {@code findings.csv} whose analyzer and
 * finding match. A pattern ending in {@code *} matches by prefix ({@code front_speed*} matches
 * {@code front_speed} and {@code front_speed.mse}); {@code *} alone matches every row.
 *
 * @param run the run's name (the pipeline file's name without {@code .properties})
 * @param analyzer the analyzer id, or a pattern
 * @param finding the finding's name, or a pattern
 */
record Evidence(String run, String analyzer, String finding) {

    boolean matches(FindingRow row) {
        return run.equals(row.run()) && matches(analyzer, row.analyzer()) && matches(finding, row.finding());
    }

    private static boolean matches(String pattern, String value) {
        return pattern.endsWith("*") ? value.startsWith(pattern.substring(0, pattern.length() - 1)) : pattern.equals(value);
    }

    @Override
    public String toString() {
        return run + ": " + analyzer + " / " + finding;
    }
}
