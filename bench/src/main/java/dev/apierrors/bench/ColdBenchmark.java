package dev.apierrors.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The cold benchmark: what the goal adds to a build as users run it, one new Maven process per
 * build. Each figure compares two whole processes that differ only in the work measured — the
 * same {@code mvn generate-sources} with and without {@code -Dapi-errors.skip} (or OpenAPI
 * Generator's {@code -Dcodegen.skip}), the same JVM with and without a Swagger Parser parse — run
 * in turns, A B A B …, and reports the median of the pairs' differences: other work on the machine
 * slows both runs of a pair alike, so a difference is steadier than a difference of medians.
 *
 * <p>Wall time is measured here; user+system CPU time too when {@code /usr/bin/time} is there.
 *
 * <p>Arguments: {@code --github <file> --example <folder> --work <folder> [--runs pairs]
 * [--with-oag] [--mvn <command>] [-- maven options...]}.
 */
public final class ColdBenchmark {

    private static final String PLUGIN_VERSION = "0.1.0-SNAPSHOT";
    private static final String OAG_VERSION = "7.25.0";
    private static final Path TIME = Path.of("/usr/bin/time");

    private final Path work;
    private final int runs;
    private final String mvn;
    private final List<String> mavenOptions;

    private ColdBenchmark(Path work, int runs, String mvn, List<String> mavenOptions) {
        this.work = work;
        this.runs = runs;
        this.mvn = mvn;
        this.mavenOptions = mavenOptions;
    }

    public static void main(String[] args) throws Exception {
        Path github = null;
        Path example = null;
        Path work = Path.of("target/cold");
        int runs = 7;
        boolean withOag = false;
        String mvn = "mvn";
        List<String> mavenOptions = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--github" -> github = Path.of(args[++i]);
                case "--example" -> example = Path.of(args[++i]);
                case "--work" -> work = Path.of(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--with-oag" -> withOag = true;
                case "--mvn" -> mvn = args[++i];
                case "--" -> {
                    mavenOptions.addAll(Arrays.asList(args).subList(i + 1, args.length));
                    i = args.length;
                }
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (github == null || example == null) {
            throw new IllegalArgumentException("--github <api.github.com.json> and --example <folder> are required");
        }
        new ColdBenchmark(work.toAbsolutePath(), runs, mvn, mavenOptions)
                .run(example.toAbsolutePath(), github.toAbsolutePath(), withOag);
    }

    private void run(Path example, Path github, boolean withOag) throws Exception {
        Folders.delete(work);
        printHeader();
        Path exampleSpec = example.resolve("openapi.yaml");
        Path ours = project("example", exampleSpec, false);
        Path oursGithub = project("github", github, false);
        progress("preparing: a first build of each project resolves the plugins and writes the outputs");
        for (Path project : List.of(ours, oursGithub)) {
            prepare(project);
        }
        compare("example (" + operations(exampleSpec) + ")", "up to date",
                maven(ours), maven(ours, "-Dapi-errors.skip"));
        compare("example", "full generation",
                maven(ours, "-Dapi-errors.force"), maven(ours, "-Dapi-errors.skip"));
        compare("GitHub's description", "up to date",
                maven(oursGithub), maven(oursGithub, "-Dapi-errors.skip"));
        compare("GitHub's description", "full generation",
                maven(oursGithub, "-Dapi-errors.force"), maven(oursGithub, "-Dapi-errors.skip"));
        List<String> java = List.of(javaCommand(), "-cp", System.getProperty("java.class.path"),
                ParseOnce.class.getName());
        compare("example", "Swagger Parser parse, own JVM", concat(java, exampleSpec.toString()), java);
        compare("GitHub's description", "Swagger Parser parse, own JVM", concat(java, github.toString()), java);
        if (withOag) {
            Path oag = project("oag-example", exampleSpec, true);
            Path oagGithub = project("oag-github", github, true);
            prepare(oag);
            prepare(oagGithub);
            compare("example", "OpenAPI Generator " + OAG_VERSION + " spring",
                    maven(oag), maven(oag, "-Dcodegen.skip"));
            compare("GitHub's description", "OpenAPI Generator " + OAG_VERSION + " spring",
                    maven(oagGithub), maven(oagGithub, "-Dcodegen.skip"));
        }
    }

    /** A project whose build runs the goal (or OpenAPI Generator's) on {@code spec}, in generate-sources. */
    private Path project(String name, Path spec, boolean oag) throws IOException {
        Path folder = work.resolve(name);
        Files.createDirectories(folder);
        String plugin = oag
                ? plugin("org.openapitools", "openapi-generator-maven-plugin", OAG_VERSION, spec, "generatorName", "spring")
                : plugin("dev.apierrors", "api-errors-maven-plugin", PLUGIN_VERSION, spec, "framework", "spring");
        Files.writeString(folder.resolve("pom.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>com.example</groupId>
                  <artifactId>cold-%s</artifactId>
                  <version>1.0.0-SNAPSHOT</version>
                  <properties>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                  </properties>
                  <build>
                    <plugins>
                %s    </plugins>
                  </build>
                </project>
                """.formatted(name, plugin), StandardCharsets.UTF_8);
        return folder;
    }

    /** A plugin whose one execution runs its {@code generate} goal on {@code spec}, with one more parameter. */
    private static String plugin(String groupId, String artifactId, String version, Path spec, String parameter,
                                 String value) {
        return """
                      <plugin>
                        <groupId>%s</groupId>
                        <artifactId>%s</artifactId>
                        <version>%s</version>
                        <executions>
                          <execution>
                            <goals><goal>generate</goal></goals>
                            <configuration>
                              <inputSpec>%s</inputSpec>
                              <%s>%s</%s>
                            </configuration>
                          </execution>
                        </executions>
                      </plugin>
                """.formatted(groupId, artifactId, version, xml(spec.toString()), parameter, value, parameter);
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;");
    }

    private void prepare(Path project) throws Exception {
        List<String> online = new ArrayList<>(maven(project));
        online.remove("-o");
        Result result = time(online);
        if (result.exit != 0) {
            throw new IllegalStateException("the first build of " + project + " failed; see " + result.log);
        }
    }

    private List<String> maven(Path project, String... extra) {
        List<String> command = new ArrayList<>(Arrays.asList(mvn.split(" ")));
        command.addAll(List.of("-B", "-q", "-o", "-f", project.resolve("pom.xml").toString()));
        command.addAll(mavenOptions);
        command.addAll(Arrays.asList(extra));
        command.add("generate-sources");
        return command;
    }

    /** A then B, {@code runs} times after one pair not counted; the medians of the differences. */
    private void compare(String workload, String what, List<String> a, List<String> b) throws Exception {
        progress(workload + ": " + what);
        double[] wall = new double[runs];
        double[] cpu = new double[runs];
        double[] baseWall = new double[runs];
        boolean cpuKnown = true;
        for (int i = -1; i < runs; i++) {
            Result ra = time(a);
            Result rb = time(b);
            if (ra.exit != 0 || rb.exit != 0) {
                throw new IllegalStateException(workload + ", " + what + ": a run failed; see "
                        + (ra.exit != 0 ? ra.log : rb.log));
            }
            if (i >= 0) {
                wall[i] = ra.wall - rb.wall;
                baseWall[i] = rb.wall;
                cpuKnown &= ra.cpu >= 0 && rb.cpu >= 0;
                cpu[i] = ra.cpu - rb.cpu;
            }
        }
        String[] row = {workload, what, seconds(median(wall)),
                seconds(min(wall)) + " to " + seconds(max(wall)), cpuKnown ? seconds(median(cpu)) : "-",
                seconds(median(baseWall))};
        // printed as it comes: a long run stopped early still leaves the rows it finished
        System.out.println("| " + String.join(" | ", row) + " |");
        System.out.flush();
    }

    private record Result(int exit, double wall, double cpu, Path log) {
    }

    private Result time(List<String> command) throws Exception {
        Path log = work.resolve("last-run.log");
        Path times = work.resolve("last-run.time");
        Files.deleteIfExists(times);
        List<String> full = new ArrayList<>();
        boolean measureCpu = Files.isExecutable(TIME);
        if (measureCpu) {
            full.addAll(List.of(TIME.toString(), "-f", "%U %S", "-o", times.toString()));
        }
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true)
                .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        long start = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(30, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("timed out: " + command);
        }
        double wall = (System.nanoTime() - start) / 1e9;
        double cpu = -1;
        if (measureCpu && Files.isRegularFile(times)) {
            String[] lines = Files.readString(times).trim().split("\n");
            String[] fields = lines[lines.length - 1].trim().split(" ");
            try {
                cpu = Double.parseDouble(fields[0]) + Double.parseDouble(fields[1]);
            } catch (RuntimeException e) {
                cpu = -1;
            }
        }
        return new Result(process.exitValue(), wall, cpu, log);
    }

    private static String operations(Path spec) throws IOException {
        long count = Files.readAllLines(spec).stream().filter(line -> line.matches("\\s+operationId:.*")).count();
        return count + " operations";
    }

    private void printHeader() {
        System.out.println("What the goal adds to a cold `mvn -q -o generate-sources`: medians of " + runs
                + " paired differences against the same process without the work (skip property, or no parse)");
        System.out.println();
        System.out.println("| Workload | Run | Adds (wall) | Spread of the differences | Adds (CPU) | The process without it (wall) |");
        System.out.println("| --- | --- | ---: | --- | ---: | ---: |");
        System.out.flush();
    }

    private static String seconds(double value) {
        return Math.abs(value) < 1 ? String.format(Locale.ROOT, "%.0f ms", value * 1000)
                : String.format(Locale.ROOT, "%.2f s", value);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElse(0);
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(0);
    }

    private static List<String> concat(List<String> list, String last) {
        List<String> all = new ArrayList<>(list);
        all.add(last);
        return all;
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void progress(String message) {
        System.err.println("cold: " + message);
    }
}
