package dev.apierrors.bench;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Times OpenAPI Generator's {@code spring} generation of a description, as openapi-generator-maven-plugin
 * runs it (configurator, then the default generator; the spec is parsed, resolved and validated by
 * OpenAPI Generator itself). Runs in a JVM of its own whose class path is openapi-generator-cli and
 * this class, so that its libraries never mix with the plugin's; hence the reflection.
 *
 * <p>Arguments: {@code <description> <output folder> <warm-up runs> <runs> <result file>}. Writes the
 * times of the runs, in nanoseconds, one a line, to the result file (the generator logs to stdout).
 */
public final class OagRun {

    private OagRun() {
    }

    public static void main(String[] args) throws Exception {
        Path spec = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int warmups = Integer.parseInt(args[2]);
        int runs = Integer.parseInt(args[3]);
        Path resultFile = Path.of(args[4]);
        for (int i = 0; i < warmups; i++) {
            generate(spec, out);
        }
        StringBuilder times = new StringBuilder();
        for (int i = 0; i < runs; i++) {
            Folders.delete(out);
            System.gc();
            long start = System.nanoTime();
            generate(spec, out);
            times.append(System.nanoTime() - start).append('\n');
        }
        Files.writeString(resultFile, times);
    }

    private static void generate(Path spec, Path out) throws ReflectiveOperationException, IOException {
        Folders.delete(out);
        Class<?> configuratorType = Class.forName("org.openapitools.codegen.config.CodegenConfigurator");
        Object configurator = configuratorType.getConstructor().newInstance();
        configuratorType.getMethod("setGeneratorName", String.class).invoke(configurator, "spring");
        configuratorType.getMethod("setInputSpec", String.class).invoke(configurator, spec.toString());
        configuratorType.getMethod("setOutputDir", String.class).invoke(configurator, out.toString());
        Object input = configuratorType.getMethod("toClientOptInput").invoke(configurator);
        Class<?> generatorType = Class.forName("org.openapitools.codegen.DefaultGenerator");
        Object generator = generatorType.getConstructor().newInstance();
        Method opts = generatorType.getMethod("opts", Class.forName("org.openapitools.codegen.ClientOptInput"));
        opts.invoke(generator, input);
        try {
            generatorType.getMethod("generate").invoke(generator);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("OpenAPI Generator failed on " + spec, e.getCause());
        }
    }
}
