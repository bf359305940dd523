package dev.apierrors.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.apierrors.core.GenerationResult;
import dev.apierrors.render.SpecFormat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The benchmark of the generate goal: times (a) Swagger Parser alone, (b) the full goal and (c) the
 * goal on unchanged input, in this JVM after warm-up, on GitHub's REST API description and on
 * synthetic descriptions of growing size; measures the peak live heap of (a) and (b) in JVMs of their
 * own; prints one table and, as its last four lines, the ratios the project holds itself to.
 *
 * <p>The runs go in rounds: a round runs (a), (b) and (c) once on every description, one after the
 * other. Other work on the machine slows runs close in time alike, so a ratio is the median of its
 * per-round ratios, which are steadier than ratios of medians taken minutes apart.
 *
 * <p>Arguments: {@code --github <file> --work <folder> [--with-oag <openapi-generator-cli jar>]
 * [--warmup rounds] [--runs rounds] [--heap-runs n] [--sizes 100,1000,10000]
 * [--workloads synthetic,yaml,minified]}: {@code --workloads} chooses which descriptions run
 * beside GitHub's (all by default), {@code --heap-runs 0} skips the heap's measure.
 */
public final class Benchmark {

    private final Path github;
    private final Path work;
    private final Path oagJar;
    private final int warmup;
    private final int runs;
    private final int heapRuns;
    private final int[] sizes;
    private final List<String> chosen;
    private long sink;

    private Benchmark(Path github, Path work, Path oagJar, int warmup, int runs, int heapRuns, int[] sizes,
                      List<String> chosen) {
        this.github = github;
        this.work = work;
        this.oagJar = oagJar;
        this.warmup = warmup;
        this.runs = runs;
        this.heapRuns = heapRuns;
        this.sizes = sizes;
        this.chosen = chosen;
    }

    public static void main(String[] args) throws Exception {
        Path github = null;
        Path work = Path.of("target/bench");
        Path oagJar = null;
        int warmup = 3;
        int runs = 9;
        int heapRuns = 3;
        int[] sizes = {100, 1000, 10000};
        List<String> chosen = List.of("synthetic", "yaml", "minified");
        for (int i = 0; i < args.length; i += 2) {
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(args[i] + " needs a value");
            }
            String value = args[i + 1];
            switch (args[i]) {
                case "--github" -> github = Path.of(value);
                case "--work" -> work = Path.of(value);
                case "--with-oag" -> oagJar = Path.of(value);
                case "--warmup" -> warmup = Integer.parseInt(value);
                case "--runs" -> runs = Integer.parseInt(value);
                case "--heap-runs" -> heapRuns = Integer.parseInt(value);
                case "--sizes" -> sizes = Arrays.stream(value.split(",")).mapToInt(Integer::parseInt).toArray();
                case "--workloads" -> chosen = value.isBlank() ? List.of() : List.of(value.split(","));
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (github == null) {
            throw new IllegalArgumentException("--github <api.github.com.json> is required");
        }
        new Benchmark(github, work.toAbsolutePath(), oagJar, warmup, runs, heapRuns, sizes, chosen).run();
    }

    /** One description, its stages, and their times per round. */
    private final class Workload {
        final String name;
        final Path spec;
        final Stages.Stage parse;
        final Stages.Stage full;
        final Stages.Stage unchanged;
        /** (b) writing the enriched description in the other format than the description's, or null. */
        final Stages.Stage fullOther;
        final String otherName;
        final long[] parseTimes = new long[runs];
        final long[] fullTimes = new long[runs];
        final long[] unchangedTimes = new long[runs];
        final long[] fullOtherTimes = new long[runs];
        int operations;
        boolean skipped = true;

        Workload(String name, Path spec, String otherName) {
            this.name = name;
            this.spec = spec;
            this.otherName = otherName;
            Path out = work.resolve("out/" + name.replaceAll("[^A-Za-z0-9]+", "-"));
            parse = Stages.parse(spec);
            full = Stages.full(spec, out.resolve("full"));
            fullOther = otherName != null ? Stages.full(spec, out.resolve("full-other"), otherName) : null;
            unchanged = Stages.unchanged(spec, out.resolve("unchanged"));
            GenerationResult first = Stages.firstRun(spec, out.resolve("unchanged"));
            operations = first.report().operations();
        }

        void round(int index) {
            long parseTime = time(parse);
            long fullTime = time(full);
            long unchangedTime = time(unchanged);
            skipped &= ((GenerationResult) lastResult).skipped();
            long fullOtherTime = fullOther == null ? 0 : time(fullOther);
            if (index >= 0) {
                parseTimes[index] = parseTime;
                fullTimes[index] = fullTime;
                unchangedTimes[index] = unchangedTime;
                fullOtherTimes[index] = fullOtherTime;
            }
        }
    }

    private Object lastResult;

    private void run() throws Exception {
        List<Workload> workloads = new ArrayList<>();
        for (int size : chosen.contains("synthetic") ? sizes : new int[0]) {
            Path spec = SyntheticSpec.write(work.resolve("specs/synthetic-" + size + ".json"), size);
            workloads.add(new Workload("synthetic " + size, spec, null));
        }
        Workload gitHubYaml = null;
        if (chosen.contains("yaml")) {
            gitHubYaml = new Workload("GitHub as YAML", yamlOf(github.toAbsolutePath()), null);
            workloads.add(gitHubYaml);
        }
        Workload gitHubMinified = null;
        if (chosen.contains("minified")) {
            gitHubMinified = new Workload("GitHub minified", minifiedOf(github.toAbsolutePath()), null);
            workloads.add(gitHubMinified);
        }
        // last: the table's notes below it are about GitHub's description
        Workload gitHub = new Workload("GitHub REST API", github.toAbsolutePath(), "openapi.yaml");
        workloads.add(gitHub);

        for (int round = -warmup; round < runs; round++) {
            for (Workload workload : workloads) {
                workload.round(round);
            }
            System.err.printf(Locale.ROOT, "%s round %d of %d%n", round < 0 ? "warm-up" : "measured",
                    round < 0 ? round + warmup + 1 : round + 1, round < 0 ? warmup : runs);
        }
        long heapParse = heapRuns == 0 ? 0 : heap("parse", gitHub);
        long heapFull = heapRuns == 0 ? 0 : heap("full", gitHub);
        Timing oag = oagJar == null ? null : oag(gitHub);

        printTable(workloads, heapParse, heapFull, oag);
        Workload oneK = find(workloads, 1000);
        Workload tenK = find(workloads, 10000);
        System.out.printf(Locale.ROOT, "full/parse=%.2f%n", Timing.ratio(gitHub.fullTimes, gitHub.parseTimes));
        System.out.printf(Locale.ROOT, "full/parse.yaml=%.2f%n", gitHubYaml == null ? Double.NaN
                : Timing.ratio(gitHubYaml.fullTimes, gitHubYaml.parseTimes));
        System.out.printf(Locale.ROOT, "full/parse.minified=%.2f%n", gitHubMinified == null ? Double.NaN
                : Timing.ratio(gitHubMinified.fullTimes, gitHubMinified.parseTimes));
        System.out.printf(Locale.ROOT, "skip/full=%.3f%n", Timing.ratio(gitHub.unchangedTimes, gitHub.fullTimes));
        System.out.printf(Locale.ROOT, "heap=%.2f%n", heapParse == 0 ? Double.NaN : (double) heapFull / heapParse);
        System.out.printf(Locale.ROOT, "growth10k/1k=%.1f%n", oneK == null || tenK == null ? Double.NaN
                : Timing.ratio(tenK.fullTimes, oneK.fullTimes));
        System.out.flush();
        if (sink == 42) {
            System.err.println();
        }
    }

    /**
     * GitHub's description converted to YAML, once: written from its tree by the plugin's YAML
     * writer, as a YAML author's file would be laid out (block style, 2 spaces).
     */
    private Path yamlOf(Path json) throws IOException {
        Path yaml = work.resolve("specs/" + json.getFileName().toString().replaceAll("\\.json$", "") + ".yaml");
        if (!Files.exists(yaml) || Files.getLastModifiedTime(yaml).compareTo(Files.getLastModifiedTime(json)) < 0) {
            Files.createDirectories(yaml.getParent());
            Files.write(yaml, SpecFormat.YAML.write(new ObjectMapper().readTree(json.toFile())));
        }
        return yaml;
    }

    /**
     * GitHub's description minified, once: the same JSON on one line, as code-first tools serve
     * their descriptions (springdoc's {@code /v3/api-docs}), written by Jackson.
     */
    private Path minifiedOf(Path json) throws IOException {
        Path minified = work.resolve("specs/" + json.getFileName().toString().replaceAll("\\.json$", "")
                + ".min.json");
        if (!Files.exists(minified)
                || Files.getLastModifiedTime(minified).compareTo(Files.getLastModifiedTime(json)) < 0) {
            Files.createDirectories(minified.getParent());
            ObjectMapper mapper = new ObjectMapper();
            Files.write(minified, mapper.writeValueAsBytes(mapper.readTree(json.toFile())));
        }
        return minified;
    }

    private static Workload find(List<Workload> workloads, int size) {
        return workloads.stream().filter(w -> w.name.equals("synthetic " + size)).findFirst().orElse(null);
    }

    private long time(Stages.Stage stage) {
        stage.prepare();
        System.gc();
        long start = System.nanoTime();
        Object result = stage.run();
        long took = System.nanoTime() - start;
        lastResult = result;
        sink += result.hashCode();
        return took;
    }

    /** Peak live heap of a stage on a workload, in a JVM of its own (see {@link HeapProbe}). */
    private long heap(String stage, Workload workload) throws IOException, InterruptedException {
        System.err.printf(Locale.ROOT, "measuring the heap of %s on %s%n", stage, workload.name);
        Path log = work.resolve("heap-" + stage + ".log");
        Process process = new ProcessBuilder(java(), "-XX:+UseSerialGC", "-Xmx" + maxHeapMiB() + "m",
                "-cp", System.getProperty("java.class.path"), HeapProbe.class.getName(), stage,
                workload.spec.toString(), work.resolve("out/heap-" + stage).toString(), Integer.toString(heapRuns))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("the heap probe of " + stage + " failed, see " + log);
        }
        List<String> lines = Files.readAllLines(log);
        String last = lines.get(lines.size() - 1);
        for (String field : last.split(" ")) {
            if (field.startsWith("peak=")) {
                return Long.parseLong(field.substring("peak=".length()));
            }
        }
        throw new IllegalStateException("the heap probe of " + stage + " printed no peak, see " + log);
    }

    /** OpenAPI Generator's spring generation of a workload, in a JVM of its own (see {@link OagRun}). */
    private Timing oag(Workload workload) throws IOException, InterruptedException {
        System.err.printf(Locale.ROOT, "measuring openapi-generator spring on %s%n", workload.name);
        Path log = work.resolve("oag.log");
        Path result = work.resolve("oag-times.txt");
        Files.deleteIfExists(result);
        String classes = Path.of(OagRun.class.getProtectionDomain().getCodeSource().getLocation().getPath()).toString();
        int oagRuns = Math.max(1, Math.min(3, runs));
        Process process = new ProcessBuilder(java(), "-Xmx" + maxHeapMiB() + "m",
                "-cp", oagJar.toAbsolutePath() + File.pathSeparator + classes, OagRun.class.getName(),
                workload.spec.toString(), work.resolve("out/oag").toString(), "1", Integer.toString(oagRuns),
                result.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(60, TimeUnit.MINUTES) || process.exitValue() != 0 || !Files.exists(result)) {
            process.destroyForcibly();
            throw new IllegalStateException("openapi-generator failed, see " + log);
        }
        return new Timing(Files.readAllLines(result).stream().mapToLong(Long::parseLong).toArray());
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static long maxHeapMiB() {
        return Runtime.getRuntime().maxMemory() >> 20;
    }

    private void printTable(List<Workload> workloads, long heapParse, long heapFull, Timing oag) throws IOException {
        System.out.printf(Locale.ROOT, "api-errors benchmark: Java %s, %d CPUs, heap %d MiB; %d rounds after %d"
                        + " warm-up rounds; times are medians (min-max)%n%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors(), maxHeapMiB(), runs, warmup);
        String format = "%-16s %6s %8s  %-21s %-21s %-25s %10s%n";
        System.out.printf(Locale.ROOT, format, "description", "ops", "size", "(a) parse", "(b) full",
                "(c) unchanged", "full/parse");
        for (Workload w : workloads) {
            System.out.printf(Locale.ROOT, format, w.name, w.operations, megabytes(Files.size(w.spec)),
                    new Timing(w.parseTimes), new Timing(w.fullTimes),
                    new Timing(w.unchangedTimes) + (w.skipped ? " skip" : " no skip"),
                    String.format(Locale.ROOT, "%.2f", Timing.ratio(w.fullTimes, w.parseTimes)));
        }
        System.out.println();
        Workload gitHub = workloads.get(workloads.size() - 1);
        if (heapParse > 0) {
            System.out.printf(Locale.ROOT, "peak live heap on %s, above the JVM's baseline: (a) parse %s, (b) full %s%n",
                    gitHub.name, mebibytes(heapParse), mebibytes(heapFull));
        }
        System.out.printf(Locale.ROOT, "(b) with the enriched description as YAML (%s, written from the tree) on %s:"
                + " %s, full/parse %.2f%n", gitHub.otherName, gitHub.name, new Timing(gitHub.fullOtherTimes),
                Timing.ratio(gitHub.fullOtherTimes, gitHub.parseTimes));
        if (!gitHub.skipped) {
            System.out.println("(c) unchanged: no skip, the goal has no incremental check yet and does the full"
                    + " work again");
        }
        if (oag != null) {
            System.out.printf(Locale.ROOT, "openapi-generator spring on %s: %s, %.1f x (b) full%n", gitHub.name, oag,
                    oag.median() / new Timing(gitHub.fullTimes).median());
        }
        System.out.println();
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }

    private static String mebibytes(long bytes) {
        return String.format(Locale.ROOT, "%.0f MiB", bytes / (double) (1 << 20));
    }
}
