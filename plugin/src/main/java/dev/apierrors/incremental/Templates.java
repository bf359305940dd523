package dev.apierrors.incremental;

import dev.apierrors.shared.ApiErrorsException;
import dev.apierrors.load.Digests;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * The digests of the templates a build renders with: the default templates shipped on the
 * plugin's class path under one folder (their checksums), and the files of the user's template
 * directory (SHA-256), which replace defaults of the same name. Keys are {@code default:NAME} and
 * {@code user:NAME}.
 */
final class Templates {

    private final ClassLoader loader;
    private final String defaultRoot;

    /**
     * @param loader      the class loader the default templates are read from
     * @param defaultRoot the class path folder of the default templates, e.g. {@code api-errors/templates/}
     */
    Templates(ClassLoader loader, String defaultRoot) {
        this.loader = loader;
        this.defaultRoot = defaultRoot.endsWith("/") ? defaultRoot : defaultRoot + "/";
    }

    SortedMap<String, String> digests(Path templateDirectory) {
        SortedMap<String, String> digests = new TreeMap<>();
        try {
            defaults(digests);
            if (templateDirectory != null && Files.isDirectory(templateDirectory)) {
                user(templateDirectory, digests);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new ApiErrorsException("cannot read the templates" + (templateDirectory == null ? ""
                    : " (templateDirectory " + templateDirectory + ")") + ": " + e.getMessage(), e);
        }
        return Collections.unmodifiableSortedMap(digests);
    }

    private void defaults(SortedMap<String, String> digests) throws IOException {
        Enumeration<URL> roots = loader.getResources(defaultRoot);
        while (roots.hasMoreElements()) {
            URL root = roots.nextElement();
            if ("file".equals(root.getProtocol())) {
                Path folder = path(root);
                try (Stream<Path> files = Files.walk(folder)) {
                    for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                        // the first of several class path entries wins, as when the templates are loaded
                        digests.putIfAbsent("default:" + relative(folder, file), checksum(Files.readAllBytes(file)));
                    }
                }
            } else if ("jar".equals(root.getProtocol())) {
                jar(root, digests);
            }
        }
    }

    private void jar(URL root, SortedMap<String, String> digests) throws IOException {
        URLConnection connection = root.openConnection();
        connection.setUseCaches(false);
        try (JarFile jar = ((JarURLConnection) connection).getJarFile()) {
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                if (!entry.isDirectory() && entry.getName().startsWith(defaultRoot)) {
                    digests.putIfAbsent("default:" + entry.getName().substring(defaultRoot.length()),
                            checksum(jar, entry));
                }
            }
        }
    }

    /**
     * The CRC-32 and size the jar's directory records for the entry: the same as {@link
     * #checksum(byte[])} of its content, without inflating it (that took most of a skipped build).
     */
    private static String checksum(JarFile jar, JarEntry entry) throws IOException {
        if (entry.getCrc() != -1 && entry.getSize() != -1) {
            return checksum(entry.getCrc(), entry.getSize());
        }
        try (InputStream in = jar.getInputStream(entry)) {
            return checksum(in.readAllBytes());
        }
    }

    /**
     * A default template's checksum: CRC-32 and size, which a jar records for every entry. The
     * default templates change with the plugin's release; this tells a rebuilt snapshot apart.
     */
    static String checksum(byte[] content) {
        CRC32 crc = new CRC32();
        crc.update(content);
        return checksum(crc.getValue(), content.length);
    }

    private static String checksum(long crc, long size) {
        return String.format(Locale.ROOT, "crc32:%08x:%d", crc, size);
    }

    private static void user(Path folder, SortedMap<String, String> digests) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                digests.put("user:" + relative(folder, file), Digests.sha256(Files.readAllBytes(file)));
            }
        }
    }

    private static String relative(Path folder, Path file) {
        return folder.relativize(file).toString().replace('\\', '/');
    }

    private static Path path(URL url) {
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("class path folder " + url + " is not a valid URI", e);
        }
    }
}
