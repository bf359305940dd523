package dev.apierrors.load;

import dev.apierrors.shared.ApiErrorsException;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.util.Objects;

/**
 * A description file inside a jar on the plugin's class path ({@code classpath:api/openapi.yaml}),
 * so that an API module can publish its description and other modules generate from it.
 */
public final class ClasspathResource implements SpecResource {

    public static final String PREFIX = "classpath:";

    private final ClassLoader loader;
    private final String name;

    public ClasspathResource(ClassLoader loader, String name) {
        this.loader = Objects.requireNonNull(loader, "loader");
        this.name = RelativeReferences.normalize(name.startsWith("/") ? name.substring(1) : name);
    }

    public String name() {
        return name;
    }

    @Override
    public String displayName() {
        return PREFIX + name;
    }

    @Override
    public String key() {
        return displayName();
    }

    /** Another file of the same class path. */
    public ClasspathResource named(String otherName) {
        return new ClasspathResource(loader, otherName);
    }

    /**
     * Reads past the JVM's cache of open jars: in a long-lived JVM (an IDE, a build daemon) the
     * jar may have been rebuilt since it was first opened, and this must see the new content.
     */
    @Override
    public InputStream open() throws IOException {
        URL url = loader.getResource(name);
        if (url == null) {
            throw new ApiErrorsException(displayName()
                    + " does not exist: no dependency of the plugin contains " + name);
        }
        URLConnection connection = url.openConnection();
        connection.setUseCaches(false);
        return connection.getInputStream();
    }

    @Override
    public SpecResource resolve(String relativeReference) {
        int slash = name.lastIndexOf('/');
        String folder = slash < 0 ? "" : name.substring(0, slash + 1);
        return new ClasspathResource(loader, folder + RelativeReferences.decode(relativeReference));
    }

    @Override
    public String parserLocation() {
        URL url = loader.getResource(name);
        return url == null ? name : url.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClasspathResource && ((ClasspathResource) o).name.equals(name)
                && ((ClasspathResource) o).loader == loader;
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return displayName();
    }
}
