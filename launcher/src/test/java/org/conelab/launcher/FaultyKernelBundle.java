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
 * A third-party kernel bundle with a bug, built here from source: a DS component registering a
 * {@code KernelGenerator} with {@code conelab.id = rbf} whose {@code generate} throws
 * {@code RuntimeException("boom from rbf")} — the failure the issue saw in batch mode. It takes
 * the tri-diagonal kernel's keys, so the paper example runs into it with {@code kernel=rbf}. Compiled
 * with the JDK's compiler against the API jar of the distribution.
 */
final class FaultyKernelBundle {

    static final String ID = "rbf";
    static final String MESSAGE = "boom from rbf";
    static final String CLASS = "test.rbf.RbfKernel";

    private static final String SOURCE = """
            package test.rbf;

            import java.util.List;
            import org.conelab.api.ParameterSpec;
            import org.conelab.api.Parameters;
            import org.conelab.api.graph.Graph;
            import org.conelab.api.kernel.Kernel;
            import org.conelab.api.kernel.KernelGenerator;

            public final class RbfKernel implements KernelGenerator {
                public List<ParameterSpec> parameters() {
                    return List.of(new ParameterSpec("alpha", "1.0", "diagonal"), new ParameterSpec("beta", "0.4", "off-diagonal"));
                }

                public Kernel generate(Graph graph, Parameters parameters) {
                    throw new RuntimeException("boom from rbf");
                }
            }
            """;

    private static final String COMPONENT = """
            <?xml version="1.0" encoding="UTF-8"?>
            <scr:component xmlns:scr="http://www.osgi.org/xmlns/scr/v1.3.0" name="test.rbf.RbfKernel">
              <service><provide interface="org.conelab.api.kernel.KernelGenerator"/></service>
              <property name="conelab.id" value="rbf"/>
              <property name="conelab.description" value="a kernel that fails (test)"/>
              <implementation class="test.rbf.RbfKernel"/>
            </scr:component>
            """;

    private FaultyKernelBundle() {
    }

    /** Compiles the kernel in {@code work} and writes the bundle to {@code jar}. */
    static Path write(Path work, Path jar) throws IOException {
        Path source = Files.createDirectories(work.resolve("src/test/rbf")).resolve("RbfKernel.java");
        Files.writeString(source, SOURCE, StandardCharsets.UTF_8);
        Path classes = Files.createDirectories(work.resolve("classes"));
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        int status = compiler.run(null, null, null, "--release", "17", "-d", classes.toString(), "-cp", apiJar().toString(),
                source.toString());
        if (status != 0) {
            throw new IllegalStateException("the faulty kernel did not compile (status " + status + ")");
        }
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", "test.rbf");
        main.putValue("Bundle-Version", "1.0.0");
        main.putValue("Import-Package", "org.conelab.api,org.conelab.api.graph,org.conelab.api.kernel");
        main.putValue("Service-Component", "OSGI-INF/rbf.xml");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            out.putNextEntry(new JarEntry("OSGI-INF/rbf.xml"));
            out.write(COMPONENT.getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new JarEntry("test/rbf/RbfKernel.class"));
            out.write(Files.readAllBytes(classes.resolve("test/rbf/RbfKernel.class")));
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
