package dev.apierrors.incremental;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.SortedMap;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class TemplatesTest {

    @TempDir
    Path dir;

    /** A jar as Maven builds them: with an entry for each folder. */
    private Path jar(String name, String... entries) throws Exception {
        Path jar = dir.resolve(name);
        Set<String> folders = new HashSet<>();
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (int i = 0; i < entries.length; i += 2) {
                for (int slash = entries[i].indexOf('/'); slash > 0; slash = entries[i].indexOf('/', slash + 1)) {
                    if (folders.add(entries[i].substring(0, slash + 1))) {
                        out.putNextEntry(new JarEntry(entries[i].substring(0, slash + 1)));
                        out.closeEntry();
                    }
                }
                out.putNextEntry(new JarEntry(entries[i]));
                out.write(entries[i + 1].getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return jar;
    }

    private static SortedMap<String, String> digests(Path classPathEntry, Path templateDirectory) throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classPathEntry.toUri().toURL()}, null)) {
            return new Templates(loader, "tpl/").digests(templateDirectory);
        }
    }

    @Test
    void default_templates_in_a_jar_are_digested_by_name() throws Exception {
        Path jar = jar("t1.jar", "tpl/spring/Handler.mustache", "a", "tpl/Error.mustache", "b", "other/X.mustache", "c");

        assertThat(digests(jar, null)).containsOnlyKeys("default:Error.mustache", "default:spring/Handler.mustache");
    }

    @Test
    void default_templates_in_a_folder_are_digested_like_in_a_jar() throws Exception {
        Path jar = jar("t1.jar", "tpl/spring/Handler.mustache", "a", "tpl/Error.mustache", "b");
        Path classes = dir.resolve("classes");
        TestProjects.write(classes.resolve("tpl/spring/Handler.mustache"), "a");
        TestProjects.write(classes.resolve("tpl/Error.mustache"), "b");

        assertThat(digests(classes, null)).isEqualTo(digests(jar, null));
    }

    @Test
    void a_changed_default_template_changes_its_digest() throws Exception {
        SortedMap<String, String> before = digests(jar("t1.jar", "tpl/Error.mustache", "b"), null);
        SortedMap<String, String> after = digests(jar("t2.jar", "tpl/Error.mustache", "b2"), null);

        assertThat(after.get("default:Error.mustache")).isNotEqualTo(before.get("default:Error.mustache"));
    }

    @Test
    void a_default_template_changed_to_as_many_bytes_changes_its_digest_which_is_its_contents_checksum()
            throws Exception {
        SortedMap<String, String> before = digests(jar("t1.jar", "tpl/Error.mustache", "{{a}}"), null);
        SortedMap<String, String> after = digests(jar("t2.jar", "tpl/Error.mustache", "{{b}}"), null);

        assertThat(after.get("default:Error.mustache")).isNotEqualTo(before.get("default:Error.mustache"))
                .isEqualTo(Templates.checksum("{{b}}".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void user_templates_are_part_of_it() throws Exception {
        Path jar = jar("t1.jar", "tpl/Error.mustache", "b");
        Path user = dir.resolve("user-templates");
        TestProjects.write(user.resolve("Error.mustache"), "mine");
        SortedMap<String, String> before = digests(jar, user);
        TestProjects.write(user.resolve("Error.mustache"), "mine, edited");

        assertThat(before).containsOnlyKeys("default:Error.mustache", "user:Error.mustache");
        assertThat(digests(jar, user).get("user:Error.mustache")).isNotEqualTo(before.get("user:Error.mustache"));
        assertThat(digests(jar, dir.resolve("does-not-exist"))).containsOnlyKeys("default:Error.mustache");
    }
}
