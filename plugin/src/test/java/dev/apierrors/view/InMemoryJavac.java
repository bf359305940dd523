package dev.apierrors.view;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Compiles sources in memory with the JDK's compiler, against the test classpath (which holds
 * Spring, Jakarta REST and Jackson), and loads the classes.
 */
final class InMemoryJavac {

    /** The outcome: class files by binary name, and the compiler's errors. */
    record Result(Map<String, byte[]> classes, List<String> errors) {

        boolean succeeded() {
            return errors.isEmpty();
        }

        ClassLoader loader() {
            return new ClassLoader(InMemoryJavac.class.getClassLoader()) {
                @Override
                protected Class<?> findClass(String name) throws ClassNotFoundException {
                    byte[] bytes = classes.get(name);
                    if (bytes == null) {
                        throw new ClassNotFoundException(name);
                    }
                    return defineClass(name, bytes, 0, bytes.length);
                }
            };
        }
    }

    private InMemoryJavac() {
    }

    /** Compiles the given sources (relative path to content) for Java 17, with -Xlint:all -Werror off. */
    static Result compile(Map<String, byte[]> sources, String... extraOptions) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StandardJavaFileManager standard = compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8);
        Map<String, ByteArrayOutputStream> outputs = new HashMap<>();
        ForwardingJavaFileManager<StandardJavaFileManager> manager = new ForwardingJavaFileManager<>(standard) {
            @Override
            public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                                                       FileObject sibling) {
                return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + kind.extension),
                        kind) {
                    @Override
                    public OutputStream openOutputStream() {
                        return outputs.computeIfAbsent(className, k -> new ByteArrayOutputStream());
                    }
                };
            }
        };
        List<JavaFileObject> units = new ArrayList<>();
        for (Map.Entry<String, byte[]> source : sources.entrySet()) {
            // javac reads these as ASCII: generated sources must not depend on the source encoding
            String text = new String(source.getValue(), StandardCharsets.US_ASCII);
            units.add(new SimpleJavaFileObject(URI.create("mem:///" + source.getKey()), JavaFileObject.Kind.SOURCE) {
                @Override
                public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                    return text;
                }
            });
        }
        List<String> options = new ArrayList<>(List.of("--release", "17", "-classpath",
                System.getProperty("java.class.path"), "-Xlint:all,-serial,-processing", "-proc:none"));
        options.addAll(List.of(extraOptions));
        boolean ok = compiler.getTask(null, manager, diagnostics, options, null, units).call();
        List<String> errors = diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR || d.getKind() == Diagnostic.Kind.WARNING
                        || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING)
                .map(d -> d.getKind() + " " + d.getSource().getName() + ":" + d.getLineNumber() + ": "
                        + d.getMessage(Locale.ROOT))
                .collect(Collectors.toList());
        if (!ok && errors.isEmpty()) {
            errors.add("compilation failed without diagnostics");
        }
        Map<String, byte[]> classes = new HashMap<>();
        outputs.forEach((name, bytes) -> classes.put(name, bytes.toByteArray()));
        return new Result(classes, errors);
    }
}
