package org.conelab.api.audit;

import java.nio.file.Path;
import java.util.Map;

/**
 * What a finished audit produced.
 *
 * @param folder the audit's folder, complete: {@code report.html}, {@code verdicts.csv} and the runs' folders
 * @param verdicts each claim's verdict, by claim id in report order
 * @param failedFindings how many findings of the audit's runs have the verdict {@code fails}
 */
public record AuditReport(Path folder, Map<String, ClaimVerdict> verdicts, int failedFindings) {
}
