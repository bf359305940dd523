package dev.apierrors.core;

import dev.apierrors.enrich.EnrichmentOptions;
import dev.apierrors.load.ClasspathResource;
import dev.apierrors.load.Digests;
import dev.apierrors.load.SpecResource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Locale;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.zip.CRC32;

/**
 * What the enrichment adds, as a build configured it: either options already resolved, or the
 * settings of a build tool, resolved (the convention file parsed) only when the goal generates. A
 * build that finds its outputs up to date never parses the convention: it digests its bytes.
 */
public abstract sealed class EnrichmentSettings {

    private EnrichmentSettings() {
    }

    /** Options already resolved: their values are the fingerprint. */
    public static EnrichmentSettings of(EnrichmentOptions options) {
        return new Resolved(options);
    }

    /**
     * Settings resolved on first use.
     *
     * @param settings   every setting of the enrichment as it is written in the build (a record,
     *                   whose components are all part of the fingerprint)
     * @param convention the convention file the settings name (a file of the plugin for a built-in
     *                   convention): its bytes are part of the fingerprint
     * @param file       that file when it is the user's, which the goal reads and so never writes; else null
     * @param resolve    reads the convention and checks the settings against it, failing as a
     *                   configuration error
     */
    public static EnrichmentSettings deferred(Record settings, SpecResource convention, Path file,
                                              Supplier<EnrichmentOptions> resolve) {
        return new Deferred(settings, convention, file, resolve);
    }

    /** The options; for deferred settings this reads the convention file, once. */
    public abstract EnrichmentOptions options();

    /** The user's convention file, or null when the convention is one of the plugin's. */
    public abstract Path conventionFile();

    /** Every value the options are made of, as text by name; what decides whether to generate again. */
    abstract SortedMap<String, String> fingerprint();

    private static final class Resolved extends EnrichmentSettings {
        private final EnrichmentOptions options;

        private Resolved(EnrichmentOptions options) {
            this.options = Objects.requireNonNull(options, "enrichment");
        }

        @Override
        public EnrichmentOptions options() {
            return options;
        }

        @Override
        public Path conventionFile() {
            return options.convention().file();
        }

        @Override
        SortedMap<String, String> fingerprint() {
            SortedMap<String, String> values = new TreeMap<>();
            Configuration.add(values, "enrichment", options);
            return values;
        }
    }

    private static final class Deferred extends EnrichmentSettings {
        private final Record settings;
        private final SpecResource convention;
        private final Path file;
        private final Supplier<EnrichmentOptions> resolve;
        private EnrichmentOptions options;

        private Deferred(Record settings, SpecResource convention, Path file, Supplier<EnrichmentOptions> resolve) {
            this.settings = Objects.requireNonNull(settings, "settings");
            this.convention = Objects.requireNonNull(convention, "convention");
            this.file = file;
            this.resolve = Objects.requireNonNull(resolve, "resolve");
        }

        @Override
        public synchronized EnrichmentOptions options() {
            if (options == null) {
                options = resolve.get();
            }
            return options;
        }

        @Override
        public Path conventionFile() {
            return file;
        }

        /**
         * The settings, and the convention file by name and digest: a convention gains keys over
         * time, and its bytes cover all of them without this class knowing any.
         */
        @Override
        SortedMap<String, String> fingerprint() {
            SortedMap<String, String> values = new TreeMap<>();
            for (java.lang.reflect.RecordComponent component : settings.getClass().getRecordComponents()) {
                Configuration.add(values, component.getName(), Configuration.read(component, settings));
            }
            values.put("convention file", convention.key());
            values.put("convention file digest", digest(convention));
            return Collections.unmodifiableSortedMap(values);
        }

        /**
         * SHA-256 for the user's file; for a file of the plugin, whose jar the plugin's version
         * covers already, CRC-32 and size, which need none of the digest classes an up-to-date
         * build would otherwise load for it. A file that cannot be read has no digest: the build
         * generates, and reading it fails with its reason.
         */
        private static String digest(SpecResource resource) {
            try (InputStream in = resource.open()) {
                byte[] bytes = in.readAllBytes();
                if (resource instanceof ClasspathResource) {
                    CRC32 crc = new CRC32();
                    crc.update(bytes);
                    return String.format(Locale.ROOT, "crc32:%08x:%d", crc.getValue(), bytes.length);
                }
                return "sha256:" + Digests.sha256(bytes);
            } catch (IOException | RuntimeException e) {
                return "(cannot be read)";
            }
        }
    }
}
