package dev.apierrors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apierrors.load.FileResource;
import dev.apierrors.load.LoadedSpec;
import dev.apierrors.load.SpecLoader;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The descriptions under src/test/resources/specs. */
public final class TestSpecs {

    private TestSpecs() {
    }

    public static Path path(String name) {
        URL url = TestSpecs.class.getResource("/specs/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no test description " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static LoadedSpec load(String name) {
        return new SpecLoader().load(new FileResource(path(name)));
    }

    public static ObjectNode document(String name) {
        return load(name).document();
    }

    /** Every {@code $ref} value in a tree. */
    public static List<String> refs(JsonNode tree) {
        List<String> refs = new ArrayList<>();
        tree.findValuesAsText("$ref").forEach(refs::add);
        return refs;
    }
}
