package dev.apierrors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every relative link of README.md and of the pages under docs/ leads somewhere: to a file or
 * folder that exists and, with a {@code #fragment}, to a heading of that page (its anchor as
 * GitHub makes it) or an explicit {@code <a id>}. Links to other sites are not followed.
 */
class DocumentationLinksTest {

    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern HEADING = Pattern.compile("^ {0,3}#{1,6}\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern EXPLICIT_ANCHOR = Pattern.compile("<a\\s+(?:id|name)=\"([^\"]+)\"");
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    @Test
    void every_relative_link_and_anchor_of_the_documentation_resolves() throws IOException {
        Path root = ProjectFiles.root();
        List<Path> pages = pages(root);
        assertThat(pages).as("README.md and the pages under docs/").contains(root.resolve("README.md"))
                .hasSizeGreaterThan(1);

        List<String> broken = new ArrayList<>();
        for (Path page : pages) {
            broken.addAll(brokenLinks(root, page));
        }

        assertThat(broken).as("links that lead nowhere (fix the link, or the heading it names)").isEmpty();
    }

    @Test
    void anchors_are_made_as_github_makes_them() {
        List<String> anchors = new ArrayList<>(anchors(String.join("\n",
                "# The error responses in your own description: `check` and `apply`",
                "## Where (b)'s time goes now",
                "```",
                "# not a heading, in a code block",
                "```",
                "## Notes",
                "## Notes",
                "## [Linked](other.md) heading",
                "<a id=\"custom\"></a>")));

        assertThat(anchors).containsExactly("the-error-responses-in-your-own-description-check-and-apply",
                "where-bs-time-goes-now", "notes", "notes-1", "linked-heading", "custom");
    }

    @Test
    void a_missing_file_or_heading_is_reported_with_its_line(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("docs"));
        Files.writeString(root.resolve("docs/a.md"), "# A\n\n## Present\n");
        Files.writeString(root.resolve("README.md"), String.join("\n",
                "# Title",
                "[fine](docs/a.md#present) and [site](https://example.com/x#y) and [self](#title)",
                "[no file](docs/b.md) and [no heading](docs/a.md#absent)",
                "`[in code](nowhere.md)`",
                "```",
                "[in a block](nowhere.md)",
                "```",
                "[no own heading](#absent)"));

        assertThat(brokenLinks(root, root.resolve("README.md"))).containsExactly(
                "README.md:3: docs/b.md: no such file",
                "README.md:3: docs/a.md#absent: docs/a.md has no heading or anchor 'absent'",
                "README.md:8: #absent: README.md has no heading or anchor 'absent'");
    }

    static List<Path> pages(Path root) throws IOException {
        List<Path> pages = new ArrayList<>(List.of(root.resolve("README.md")));
        Path docs = root.resolve("docs");
        if (Files.isDirectory(docs)) {
            try (Stream<Path> files = Files.list(docs)) {
                files.filter(file -> file.getFileName().toString().endsWith(".md")).sorted().forEach(pages::add);
            }
        }
        return pages;
    }

    static List<String> brokenLinks(Path root, Path page) throws IOException {
        List<String> broken = new ArrayList<>();
        Map<Path, Set<String>> anchorsByPage = new HashMap<>();
        String name = root.relativize(page).toString().replace('\\', '/');
        List<String> lines = Files.readAllLines(page);
        boolean fenced = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.strip().startsWith("```")) {
                fenced = !fenced;
                continue;
            }
            if (fenced) {
                continue;
            }
            Matcher link = LINK.matcher(line.replaceAll("`[^`]*`", "``"));
            while (link.find()) {
                String target = link.group(1);
                if (SCHEME.matcher(target).find()) {
                    continue;
                }
                int hash = target.indexOf('#');
                String file = hash < 0 ? target : target.substring(0, hash);
                Path resolved = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
                String where = name + ":" + (i + 1) + ": " + target + ": ";
                if (!Files.exists(resolved)) {
                    broken.add(where + "no such file");
                    continue;
                }
                if (hash < 0 || !resolved.getFileName().toString().endsWith(".md")) {
                    continue;
                }
                String fragment = target.substring(hash + 1);
                Set<String> anchors = anchorsByPage.computeIfAbsent(resolved, DocumentationLinksTest::anchorsOf);
                if (!anchors.contains(fragment)) {
                    broken.add(where + root.relativize(resolved).toString().replace('\\', '/')
                            + " has no heading or anchor '" + fragment + "'");
                }
            }
        }
        return broken;
    }

    private static Set<String> anchorsOf(Path page) {
        try {
            return anchors(Files.readString(page));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The anchors of a page's headings as GitHub makes them (repeated ones get -1, -2...), and its explicit anchors. */
    static Set<String> anchors(String markdown) {
        Set<String> anchors = new LinkedHashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        boolean fenced = false;
        for (String line : markdown.split("\n", -1)) {
            if (line.strip().startsWith("```")) {
                fenced = !fenced;
                continue;
            }
            if (fenced) {
                continue;
            }
            Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
                String slug = slug(heading.group(1));
                int count = seen.merge(slug, 1, Integer::sum);
                anchors.add(count == 1 ? slug : slug + "-" + (count - 1));
            }
            Matcher explicit = EXPLICIT_ANCHOR.matcher(line);
            while (explicit.find()) {
                anchors.add(explicit.group(1));
            }
        }
        return anchors;
    }

    /** GitHub's slug of a heading: its text, lower case, without punctuation, spaces as hyphens. */
    static String slug(String heading) {
        String text = heading.replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1");
        return text.toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{M}\\p{N}\\p{Pc} -]", "")
                .replace(' ', '-');
    }
}
