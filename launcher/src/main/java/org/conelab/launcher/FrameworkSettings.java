package org.conelab.launcher;

import java.util.HashMap;
import java.util.Map;
import org.osgi.framework.Constants;

/**
 * The framework properties of a launch. Framework errors go to the launcher's log (standard
 * error), not to standard output. Felix reads the storage folder only from this map (not
 * from system properties), so it is always set here: the launch's {@link Storage}, cleaned on first
 * init unless it is a kept cache that is reused.
 * {@code org.osgi.framework.system.packages} is deliberately left unset: Felix then exports the
 * JVM's packages itself, including {@code jdk.incubator.vector} when the JVM runs with
 * {@code --add-modules jdk.incubator.vector}.
 */
final class FrameworkSettings {

    /** FileInstall's poll period in milliseconds. */
    static final String POLL_MILLIS = "500";

    private FrameworkSettings() {
    }

    /**
     * {@code FrameworkFactory.newFramework} is typed {@code Map<String, String>}, but Felix
     * reads {@code felix.log.logger} from the same map as an object.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Map<String, String> castForFactory(Map<String, Object> properties) {
        return (Map) properties;
    }

    static Map<String, String> of(Distribution distribution, Storage storage, LauncherLog log) {
        Map<String, Object> properties = new HashMap<>();
        properties.put(Constants.FRAMEWORK_STORAGE, storage.folder().toString());
        if (!storage.reused()) {
            properties.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        }
        properties.put("felix.log.logger", new FrameworkLog(log));
        properties.put("felix.fileinstall.dir", distribution.createLoadDirectory().toString());
        properties.put("felix.fileinstall.poll", POLL_MILLIS);
        properties.put("felix.fileinstall.noInitialDelay", "true");
        // gogo.jline reads ${gosh.home}/etc/gosh_profile (and falls back to its own, which
        // throws without a terminal); the distribution ships one.
        properties.put("gosh.home", distribution.home().toString());
        // the pipeline engine records the git commit of the checkout that holds the distribution
        properties.put("conelab.home", distribution.home().toString());
        return castForFactory(properties);
    }
}
