package dev.apierrors.incremental;

import dev.apierrors.render.AtomicFiles;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Keeps the {@link BuildState} in one properties file of the work directory (UTF-8, keys sorted),
 * written atomically. A file that cannot be read or is of another format counts as no previous
 * build: the next build regenerates, which is always safe.
 * <p>
 * A properties file, because every build reads it, also the one that finds nothing to do: the JDK
 * reads it with classes Maven has loaded already, where a JSON library's classes alone took longer
 * to load than the rest of that decision.
 */
final class StateStore {

    static final String FILE_NAME = "api-errors-state.properties";
    private static final String FORMAT = "2";

    private static final String PLUGIN = "fingerprint.plugin";
    private static final String CONFIGURATION = "fingerprint.configuration.";
    private static final String TEMPLATE = "fingerprint.template.";
    private static final String SOURCES = "fingerprint.sources";
    private static final String SOURCE = "fingerprint.source.";
    private static final String OUTPUTS = "outputs";

    private final Path file;

    StateStore(Path workDirectory) {
        this.file = workDirectory.resolve(FILE_NAME);
    }

    Path file() {
        return file;
    }

    /** The last build's state; empty when there was none or it cannot be read (the reason goes to {@code problem}). */
    Optional<BuildState> read(StringBuilder problem) {
        Properties values = new Properties();
        try {
            values.load(new StringReader(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            problem.append(file).append(" cannot be read (").append(e.getMessage()).append(')');
            return Optional.empty();
        }
        if (!FORMAT.equals(values.getProperty("format"))) {
            problem.append(file).append(" is of another format");
            return Optional.empty();
        }
        try {
            Fields fields = new Fields(values);
            Fingerprint fingerprint = values.containsKey(PLUGIN) ? fingerprint(fields) : null;
            List<OutputManifest> outputs = new ArrayList<>();
            int count = fields.count(OUTPUTS);
            for (int i = 0; i < count; i++) {
                outputs.add(manifest(fields, OUTPUTS + "." + i + "."));
            }
            return Optional.of(new BuildState(fingerprint, outputs));
        } catch (RuntimeException e) {
            problem.append(file).append(" is damaged (").append(e.getMessage()).append(')');
            return Optional.empty();
        }
    }

    void write(BuildState state) throws IOException {
        SortedMap<String, String> values = new TreeMap<>();
        values.put("format", FORMAT);
        Fingerprint fingerprint = state.fingerprint();
        if (fingerprint != null) {
            values.put(PLUGIN, fingerprint.plugin());
            fingerprint.configuration().forEach((name, value) -> values.put(CONFIGURATION + name, value));
            fingerprint.templates().forEach((name, digest) -> values.put(TEMPLATE + name, digest));
            values.put(SOURCES, Integer.toString(fingerprint.sources().size()));
            for (int i = 0; i < fingerprint.sources().size(); i++) {
                SourceDigest source = fingerprint.sources().get(i);
                String prefix = SOURCE + i + ".";
                values.put(prefix + "resource", source.resource());
                values.put(prefix + "sha256", source.sha256());
                stamp(values, prefix, source.stamp());
            }
        }
        values.put(OUTPUTS, Integer.toString(state.outputs().size()));
        for (int i = 0; i < state.outputs().size(); i++) {
            manifest(values, OUTPUTS + "." + i + ".", state.outputs().get(i));
        }
        StringBuilder text = new StringBuilder("# The state of the last build of api-errors-maven-plugin's generate goal\n");
        values.forEach((key, value) -> text.append(escape(key)).append('=').append(escape(value)).append('\n'));
        AtomicFiles.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    void delete() throws IOException {
        Files.deleteIfExists(file);
    }

    private static Fingerprint fingerprint(Fields fields) {
        List<SourceDigest> sources = new ArrayList<>();
        int count = fields.count(SOURCES);
        for (int i = 0; i < count; i++) {
            String prefix = SOURCE + i + ".";
            sources.add(new SourceDigest(fields.text(prefix + "resource"), fields.text(prefix + "sha256"),
                    stamp(fields, prefix)));
        }
        return new Fingerprint(fields.text(PLUGIN), fields.under(CONFIGURATION), fields.under(TEMPLATE), sources);
    }

    private static void manifest(SortedMap<String, String> values, String prefix, OutputManifest manifest) {
        values.put(prefix + "outputDirectory", manifest.outputDirectory());
        values.put(prefix + "enrichedSpec", manifest.enrichedSpec());
        outputFile(values, prefix + "enriched.", manifest.enriched());
        for (Map.Entry<String, OutputFile> source : manifest.sources().entrySet()) {
            outputFile(values, prefix + "source." + source.getKey() + ".", source.getValue());
        }
    }

    private static OutputManifest manifest(Fields fields, String prefix) {
        SortedMap<String, OutputFile> sources = new TreeMap<>();
        String sourcePrefix = prefix + "source.";
        String digest = ".sha256";
        for (String key : fields.keysUnder(sourcePrefix)) {
            if (key.endsWith(digest)) {
                String name = key.substring(sourcePrefix.length(), key.length() - digest.length());
                sources.put(name, outputFile(fields, sourcePrefix + name + "."));
            }
        }
        return new OutputManifest(fields.text(prefix + "outputDirectory"), sources, fields.text(prefix + "enrichedSpec"),
                outputFile(fields, prefix + "enriched."));
    }

    private static void outputFile(SortedMap<String, String> values, String prefix, OutputFile file) {
        values.put(prefix + "sha256", file.sha256());
        stamp(values, prefix, file.stamp());
    }

    private static OutputFile outputFile(Fields fields, String prefix) {
        return new OutputFile(fields.text(prefix + "sha256"), stamp(fields, prefix));
    }

    private static void stamp(SortedMap<String, String> values, String prefix, Stamp stamp) {
        if (stamp != null) {
            values.put(prefix + "size", Long.toString(stamp.size()));
            values.put(prefix + "modified", stamp.modified());
        }
    }

    private static Stamp stamp(Fields fields, String prefix) {
        String size = fields.values.getProperty(prefix + "size");
        if (size == null) {
            return null;
        }
        try {
            return new Stamp(Long.parseLong(size), fields.text(prefix + "modified"));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(prefix + "size is not a number");
        }
    }

    /**
     * A key or value as a properties file writes it: every character that the format gives a
     * meaning (separators, comment marks, white space, line breaks, the escape itself) escaped, so
     * that any text reads back as written.
     */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                case '\t' -> escaped.append("\\t");
                case '\f' -> escaped.append("\\f");
                case '\\', '=', ':', '#', '!', ' ' -> escaped.append('\\').append(c);
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** The values read, with the checks that tell a damaged file. */
    private static final class Fields {
        private final Properties values;
        private final List<String> keys;

        Fields(Properties values) {
            this.values = values;
            this.keys = new ArrayList<>(values.stringPropertyNames());
            java.util.Collections.sort(keys);
        }

        String text(String key) {
            String value = values.getProperty(key);
            if (value == null) {
                throw new IllegalArgumentException(key + " is missing");
            }
            return value;
        }

        int count(String key) {
            try {
                int count = Integer.parseInt(text(key));
                if (count < 0) {
                    throw new NumberFormatException();
                }
                return count;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(key + " is not a count");
            }
        }

        List<String> keysUnder(String prefix) {
            List<String> under = new ArrayList<>();
            for (String key : keys) {
                if (key.startsWith(prefix)) {
                    under.add(key);
                }
            }
            return under;
        }

        SortedMap<String, String> under(String prefix) {
            SortedMap<String, String> map = new TreeMap<>();
            for (String key : keysUnder(prefix)) {
                map.put(key.substring(prefix.length()), values.getProperty(key));
            }
            return map;
        }
    }
}
