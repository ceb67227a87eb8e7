package org.conelab.sweep.run;

import java.nio.file.Path;
import java.util.List;
import org.conelab.sweep.spec.Point;

/**
 * Runs a sweep's points somewhere (threads of this JVM, members of a cluster) and hands every
 * finished run folder over as soon as it is complete.
 */
public interface PointExecutor {

    /** Where finished points go; called from any thread, once per point. */
    interface Sink {
        /** @return an empty folder on this machine for the point's run folder */
        Path scratch(Point point);

        /** Takes the point's complete run folder (inside its scratch folder). */
        void finished(Point point, Path run);
    }

    /**
     * Runs every point once. After the first failure no further point starts; the points
     * running finish (and are handed over), then the failure is thrown.
     *
     * @param points the points to run, in the order to start them
     * @throws java.util.concurrent.CancellationException when cancelled; finished points stay handed over
     */
    void execute(List<Point> points, Sink sink);

    /** @return how the points are run, for the sweep's report: {@code 2 at once on this machine, 1 solver thread each} */
    String describe();
}
