package dev.apierrors.render;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheResolver;
import dev.apierrors.shared.ApiErrorsException;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Mustache templates of one run, compiled once. A template in the user's template directory
 * replaces the default template of the same name (partials included); the others come from the
 * {@code api-errors-templates} jar. Values are written as they are: Mustache's HTML escaping
 * would corrupt Java, so text from the description is escaped for Java before it reaches a
 * template (see {@code dev.apierrors.view.JavaText}).
 */
public final class TemplateSet {

    /** Where the default templates are inside the templates jar. */
    public static final String DEFAULTS = "dev/apierrors/templates/";

    public static final String EXTENSION = ".mustache";

    private final Path userDirectory;
    private final ClassLoader classLoader;
    private final Map<String, Mustache> compiled = new LinkedHashMap<>();

    private TemplateSet(Path userDirectory, ClassLoader classLoader) {
        this.userDirectory = userDirectory;
        this.classLoader = classLoader;
    }

    /**
     * Compiles the named templates (names without {@code .mustache}).
     *
     * @param userDirectory the user's templates, or null for the defaults only
     */
    public static TemplateSet compile(Collection<String> names, Path userDirectory) {
        if (userDirectory != null && !Files.isDirectory(userDirectory)) {
            throw new ApiErrorsException("templateDirectory " + userDirectory + " is not a directory");
        }
        TemplateSet set = new TemplateSet(userDirectory, TemplateSet.class.getClassLoader());
        DefaultMustacheFactory factory = new JavaMustacheFactory(set::reader);
        for (String name : names) {
            try {
                set.compiled.put(name, factory.compile(name + EXTENSION));
            } catch (MustacheException e) {
                throw new ApiErrorsException("template " + set.describe(name) + " cannot be compiled: "
                        + e.getMessage(), e);
            }
        }
        return set;
    }

    /** Renders a template with the given scopes; later scopes take precedence over earlier ones. */
    public String render(String name, Object... scopes) {
        Mustache mustache = compiled.get(name);
        if (mustache == null) {
            throw new IllegalArgumentException("template not compiled: " + name);
        }
        StringWriter out = new StringWriter();
        try {
            mustache.execute(out, scopes).flush();
        } catch (MustacheException e) {
            throw new ApiErrorsException("template " + describe(name) + " cannot be rendered: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Whether the user replaced the named template. */
    public boolean isOverridden(String name) {
        return userDirectory != null && Files.isRegularFile(userDirectory.resolve(name + EXTENSION));
    }

    private String describe(String name) {
        return isOverridden(name) ? userDirectory.resolve(name + EXTENSION).toString()
                : "'" + name + EXTENSION + "' (default)";
    }

    private Reader reader(String resourceName) {
        if (userDirectory != null) {
            Path file = userDirectory.resolve(resourceName).normalize();
            if (file.startsWith(userDirectory.normalize()) && Files.isRegularFile(file)) {
                try {
                    return new StringReader(Files.readString(file, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new ApiErrorsException("cannot read template " + file + ": " + e.getMessage(), e);
                }
            }
        }
        InputStream in = classLoader.getResourceAsStream(DEFAULTS + resourceName);
        return in == null ? null : new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    /** A factory that writes values unescaped and reads templates from this set's two places. */
    private static final class JavaMustacheFactory extends DefaultMustacheFactory {

        JavaMustacheFactory(MustacheResolver resolver) {
            super(resolver);
        }

        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(value);
            } catch (IOException e) {
                throw new MustacheException("cannot write the output", e);
            }
        }
    }
}
