package org.conelab.launcher;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import org.osgi.service.feature.Feature;
import org.osgi.service.feature.FeatureBundle;
import org.osgi.service.feature.FeatureService;
import org.osgi.service.feature.ID;

/**
 * Reads an OSGi Feature (spec 159 JSON) with the Felix implementation of
 * {@link FeatureService}, found through {@link ServiceLoader} on the launcher's classpath, and maps
 * each bundle ID to its jar in the distribution.
 *
 * <p>Bundle metadata read here: {@value #START_ORDER} (an integer, default
 * {@value #DEFAULT_START_ORDER}), {@value #MODE} = {@value #MODE_SHELL} for shell-only bundles, and
 * {@value #CONTEXT_LOADER} = {@value #CONTEXT_LOADER_BUNDLE} for bundles whose activator needs a
 * thread context class loader (Hazelcast's looks up scripting engines through it and fails on null).
 */
final class FeatureBundles {

    static final String START_ORDER = "start-order";
    static final String MODE = "conelab.mode";
    static final String MODE_SHELL = "shell";
    static final String CONTEXT_LOADER = "conelab.context-loader";
    static final String CONTEXT_LOADER_BUNDLE = "bundle";
    static final int DEFAULT_START_ORDER = 100;

    private FeatureBundles() {
    }

    /**
     * @return the feature's bundles sorted by start order (stable: ties keep the file's order)
     * @throws LaunchException when the feature cannot be read or a bundle's jar is missing
     */
    static List<BundleEntry> read(Path featureFile, Path bundleFolder) {
        Feature feature = parse(featureFile);
        List<BundleEntry> entries = new ArrayList<>();
        for (FeatureBundle bundle : feature.getBundles()) {
            entries.add(entry(bundle, bundleFolder));
        }
        entries.sort(Comparator.comparingInt(BundleEntry::startOrder));
        return entries;
    }

    private static Feature parse(Path featureFile) {
        FeatureService service = ServiceLoader.load(FeatureService.class, FeatureBundles.class.getClassLoader())
                .findFirst()
                .orElseThrow(() -> new LaunchException("no OSGi Feature reader on the launcher's classpath"));
        try (Reader reader = Files.newBufferedReader(featureFile, StandardCharsets.UTF_8)) {
            return service.readFeature(reader);
        } catch (IOException | RuntimeException e) {
            throw new LaunchException("cannot read the feature " + featureFile + ": " + Failures.message(e));
        }
    }

    private static BundleEntry entry(FeatureBundle bundle, Path bundleFolder) {
        ID id = bundle.getID();
        Path jar = bundleFolder.resolve(id.getArtifactId() + "-" + id.getVersion() + ".jar");
        if (!Files.isRegularFile(jar)) {
            throw new LaunchException("bundle " + id + " is missing: no file " + jar);
        }
        Object order = bundle.getMetadata().get(START_ORDER);
        Object mode = bundle.getMetadata().get(MODE);
        return new BundleEntry(id.toString(), jar, startOrder(id, order), MODE_SHELL.equals(String.valueOf(mode)),
                CONTEXT_LOADER_BUNDLE.equals(String.valueOf(bundle.getMetadata().get(CONTEXT_LOADER))));
    }

    private static int startOrder(ID id, Object value) {
        if (value == null) {
            return DEFAULT_START_ORDER;
        }
        if (value instanceof Number number) {
            return number.intValue();
        }
        try {
            return Integer.parseInt(value.toString().trim());
        } catch (NumberFormatException e) {
            throw new LaunchException("bundle " + id + ": " + START_ORDER + " must be an integer, got '" + value + "'");
        }
    }
}
