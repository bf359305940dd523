package dev.apierrors.incremental;

import dev.apierrors.load.Digests;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The version of the plugin, part of every fingerprint: a new version may generate differently.
 * A snapshot version is reused by every build of the plugin, so for a snapshot the digest of the
 * plugin's jar is added (of its entries' recorded checksums) — a rebuilt snapshot regenerates too.
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
     * The digest of every entry's name, CRC-32 and size as the jar's directory records them: a
     * rebuilt jar with any other content gives another, and reading the directory takes a
     * fraction of the time that reading (and digesting) the whole jar does on every build.
     */
    static String entriesDigest(Path jar) throws IOException {
        MessageDigest sha = Digests.newSha256();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (entry.getCrc() == -1 || entry.getSize() == -1) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        sha.update(in.readAllBytes());
                    }
                }
                sha.update((entry.getName() + '\0' + entry.getCrc() + '\0' + entry.getSize() + '\n')
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
