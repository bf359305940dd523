package dev.apierrors.incremental;

import dev.apierrors.shared.ApiErrorsException;
import dev.apierrors.load.ClasspathResource;
import dev.apierrors.load.Digests;
import dev.apierrors.load.FileResource;
import dev.apierrors.load.SpecResource;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Re-reads the files a previous build recorded, to digest them again without parsing anything:
 * deciding to skip must stay cheap however large the description is. A file on the class path is
 * read again through the plugin's class loader, whose jar may have been rebuilt since.
 */
final class SourceFiles {

    private final SpecResource main;

    SourceFiles(SpecResource main) {
        this.main = main;
    }

    /** The recorded files as they are now: a file on disk whose stamp is unchanged is not read. */
    List<SourceDigest> rehash(List<SourceDigest> recorded) {
        List<SourceDigest> current = new ArrayList<>(recorded.size());
        for (SourceDigest file : recorded) {
            Optional<Path> path = path(file.resource());
            if (file.stamp() != null && path.isPresent() && file.stamp().matches(path.get())) {
                current.add(file);
            } else {
                current.add(new SourceDigest(file.resource(), digest(file.resource()), null));
            }
        }
        return current;
    }

    /** How messages name a recorded file. */
    static String displayName(String key) {
        return path(key).map(Path::toString).orElse(key);
    }

    /** The file on disk a recorded key names; empty for a file on the class path. */
    static Optional<Path> path(String key) {
        if (!key.startsWith("file:")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(URI.create(key)));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private String digest(String key) {
        SpecResource resource = resource(key);
        if (resource == null) {
            return SourceDigest.MISSING;
        }
        MessageDigest sha = Digests.newSha256();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = resource.open()) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                sha.update(buffer, 0, n);
            }
        } catch (IOException | ApiErrorsException e) {
            return SourceDigest.MISSING;
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private SpecResource resource(String key) {
        if (key.startsWith(ClasspathResource.PREFIX)) {
            return main instanceof ClasspathResource classpath
                    ? classpath.named(key.substring(ClasspathResource.PREFIX.length())) : null;
        }
        return path(key).map(FileResource::new).orElse(null);
    }
}
