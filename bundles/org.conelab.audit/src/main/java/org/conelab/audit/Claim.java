package org.conelab.audit;

import java.util.List;

/**
 * A claim of the paper and the findings that decide it.
 *
 * @param id the section's anchor
 * @param title a short title with the paper's section or equation
 * @param quote the claim, quoted from the paper
 * @param tested how it was tested: pipelines, sizes, solvers, tolerances
 * @param evidence the findings the claim rests on as stated
 * @param condition the condition under which it may hold when it fails as stated; empty when none is stated
 * @param conditional the findings that decide it under {@code condition}
 */
record Claim(String id, String title, String quote, String tested, List<Evidence> evidence, String condition,
        List<Evidence> conditional) {

    static Claim plain(String id, String title, String quote, String tested, List<Evidence> evidence) {
        return new Claim(id, title, quote, tested, evidence, "", List.of());
    }
}
