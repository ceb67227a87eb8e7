package org.conelab.launcher;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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

    /**
     * @param symbolicName the bundle's symbolic name and package
     * @param simpleName the class's simple name
     * @param service the service interface it provides
     * @param id its {@code conelab.id}
     * @param description its {@code conelab.description}
     * @return the DS component description of that class
     */
    static String component(String symbolicName, String simpleName, String service, String id, String description) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <scr:component xmlns:scr="http://www.osgi.org/xmlns/scr/v1.3.0" name="%1$s.%2$s">
                  <service><provide interface="%3$s"/></service>
                  <property name="conelab.id" value="%4$s"/>
                  <property name="conelab.description" value="%5$s"/>
                  <implementation class="%1$s.%2$s"/>
                </scr:component>
                """.formatted(symbolicName, simpleName, service, id, description);
    }

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
        Manifest manifest = TestDistribution.manifest(symbolicName, Map.of("Import-Package", imports,
                "Service-Component", "OSGI-INF/component.xml"));
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
