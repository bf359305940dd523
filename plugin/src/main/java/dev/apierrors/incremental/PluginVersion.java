package dev.apierrors.incremental;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Properties;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The version of the plugin, part of every fingerprint: a new version may generate differently.
 * A snapshot version is reused by every build of the plugin, so for a snapshot the digest of the
 * plugin's jar is added (a CRC-32 of its entries' recorded checksums) — a rebuilt snapshot regenerates too.
 */
final class PluginVersion {

    private static final String RESOURCE = "dev/apierrors/incremental/plugin.properties";

    private PluginVersion() {
    }

    static String current() {
        String version = declared();
        if (version.endsWith("-SNAPSHOT")) {
            String jar = jarDigest();
            if (jar != null) {
                return version + " (jar " + jar + ")";
            }
        }
        return version;
    }

    private static String declared() {
        Properties properties = new Properties();
        try (InputStream in = PluginVersion.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the plugin");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version");
    }

    private static String jarDigest() {
        CodeSource source = PluginVersion.class.getProtectionDomain().getCodeSource();
        URL location = source == null ? null : source.getLocation();
        if (location == null || !"file".equals(location.getProtocol())) {
            return null;
        }
        try {
            Path jar = Path.of(location.toURI());
            return Files.isRegularFile(jar) ? entriesDigest(jar) : null;
        } catch (URISyntaxException | IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The CRC-32 of every entry's name, CRC-32 and size as the jar's directory records them: a
     * rebuilt jar with any other content gives another, and reading the directory takes a
     * fraction of the time that reading (and digesting) the whole jar does on every build.
     */
    static String entriesDigest(Path jar) throws IOException {
        CRC32 crc = new CRC32();
        long entries = 0;
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                if (entry.getCrc() == -1 || entry.getSize() == -1) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        crc.update(in.readAllBytes());
                    }
                }
                crc.update(new StringBuilder(entry.getName()).append('\0').append(entry.getCrc()).append('\0')
                        .append(entry.getSize()).append('\n').toString().getBytes(StandardCharsets.UTF_8));
                entries++;
            }
        }
        return String.format(Locale.ROOT, "crc32:%08x:%d", crc.getValue(), entries);
    }
}
