package org.conelab.launcher;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * A third-party bundle of one DS component, built here from source: the class is compiled with
 * the JDK's compiler against the API jar of the distribution and packed with its component
 * description and a manifest that imports the API packages it names.
 *
 * @param symbolicName the bundle's symbolic name, also the package of its class ({@code test.rbf})
 * @param simpleName the component class's simple name
 * @param source the class's source
 * @param component the DS component description (OSGI-INF/component.xml)
 * @param imports the packages the bundle imports, comma-separated
 */
record SourceBundle(String symbolicName, String simpleName, String source, String component, String imports) {

    /** @return the component class's fully qualified name */
    String className() {
        return symbolicName + "." + simpleName;
    }

    /** Compiles the class in {@code work} and writes the bundle to {@code jar}. */
    Path write(Path work, Path jar) throws IOException {
        String path = className().replace('.', '/');
        Path file = Files.createDirectories(work.resolve("src").resolve(path).getParent()).resolve(simpleName + ".java");
        Files.writeString(file, source, StandardCharsets.UTF_8);
        Path classes = Files.createDirectories(work.resolve("classes"));
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        int status = compiler.run(null, null, null, "--release", "17", "-d", classes.toString(), "-cp", apiJar().toString(),
                file.toString());
        if (status != 0) {
            throw new IllegalStateException(className() + " did not compile (status " + status + ")");
        }
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", symbolicName);
        main.putValue("Bundle-Version", "1.0.0");
        main.putValue("Import-Package", imports);
        main.putValue("Service-Component", "OSGI-INF/component.xml");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream bundle = new JarOutputStream(out, manifest)) {
            bundle.putNextEntry(new JarEntry("OSGI-INF/component.xml"));
            bundle.write(component.getBytes(StandardCharsets.UTF_8));
            bundle.putNextEntry(new JarEntry(path + ".class"));
            bundle.write(Files.readAllBytes(classes.resolve(path + ".class")));
        }
        return jar;
    }

    private static Path apiJar() throws IOException {
        try (Stream<Path> jars = Files.list(TestDistribution.home().resolve("bundles"))) {
            List<Path> api = jars.filter(j -> j.getFileName().toString().startsWith("org.conelab.api-")).toList();
            if (api.size() != 1) {
                throw new IllegalStateException("expected one API jar in the distribution, found " + api);
            }
            return api.get(0);
        }
    }
}
