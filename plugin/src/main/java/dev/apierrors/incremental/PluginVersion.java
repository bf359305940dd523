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
import java.util.Properties;

/**
 * The version of the plugin, part of every fingerprint: a new version may generate differently.
 * A snapshot version is reused by every build of the plugin, so for a snapshot the digest of the
 * plugin's jar is added — a rebuilt snapshot regenerates too.
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
            return Files.isRegularFile(jar) ? Digests.sha256(Files.readAllBytes(jar)) : null;
        } catch (URISyntaxException | IOException | RuntimeException e) {
            return null;
        }
    }
}
