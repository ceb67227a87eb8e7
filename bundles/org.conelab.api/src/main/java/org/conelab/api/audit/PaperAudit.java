package org.conelab.api.audit;

import java.nio.file.Path;
import org.conelab.api.progress.Progress;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Runs the pipelines of a folder (every {@code *.properties} file, in name order) through the
 * platform's {@code PipelineRunner} and writes {@code <output>/paper-<timestamp>/report.html}
 * beside the runs' own folders. The folder appears atomically: it is assembled under a hidden
 * partial name and renamed into place; a failed or cancelled audit leaves nothing behind.
 */
@ProviderType
public interface PaperAudit {

    /**
     * @param pipelines the folder of pipeline files
     * @param output the folder in which {@code paper-<timestamp>/} is made
     * @param progress where to report progress; checked for cancellation
     * @return the audit's verdicts and where its report is
     * @throws org.conelab.api.InvalidInputException for a missing folder or a bad pipeline
     * @throws java.io.UncheckedIOException when the report cannot be written
     */
    AuditReport audit(Path pipelines, Path output, Progress progress);
}
