package dev.apierrors.view;

import dev.apierrors.shared.ApiErrorsException;

import javax.lang.model.SourceVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Java package names: checking the user's, deriving a default from a Maven groupId. */
public final class PackageNames {

    private PackageNames() {
    }

    /** The default package: the groupId made a valid package name, plus {@code .apierrors}. */
    public static String fromGroupId(String groupId) {
        List<String> segments = new ArrayList<>();
        for (String raw : groupId.split("[.]")) {
            String segment = raw.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
            if (segment.isEmpty()) {
                continue;
            }
            if (!Character.isJavaIdentifierStart(segment.charAt(0)) || SourceVersion.isKeyword(segment)) {
                segment = "_" + segment;
            }
            segments.add(segment);
        }
        segments.add("apierrors");
        return String.join(".", segments);
    }

    /** Fails with a configuration message unless {@code name} is a valid, non-empty package name. */
    public static String check(String name) {
        if (name == null || name.isBlank() || !SourceVersion.isName(name, SourceVersion.RELEASE_17)) {
            throw new ApiErrorsException("basePackage '" + name + "' is not a valid Java package name"
                    + " (dot-separated identifiers that are not keywords, e.g. com.example.api.errors)");
        }
        return name;
    }
}
