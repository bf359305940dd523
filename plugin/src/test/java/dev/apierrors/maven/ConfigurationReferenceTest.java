package dev.apierrors.maven;

import dev.apierrors.ProjectFiles;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The configuration reference ({@code docs/configuration.md}) says what the plugin descriptor says:
 * the descriptor that Maven builds from the goals' {@code @Parameter}s (maven-plugin-plugin's
 * {@code descriptor} goal, at {@code process-classes}, before the tests), which is also what
 * {@code mvn api-errors:help -Ddetail} prints. Every parameter a user can set, of every goal, is
 * in the table with its user property, its default and its goals; nothing else is.
 */
class ConfigurationReferenceTest {

    static final String PAGE = "docs/configuration.md";
    static final String DESCRIPTOR = "plugin/target/classes/META-INF/maven/plugin.xml";
    private static final String HEADER = "| Parameter | User property | Default | Goals |";

    /** One parameter as the descriptor declares it, with the goals that have it. */
    record Declared(String name, String property, String defaultValue, boolean required, Set<String> goals,
                    Set<String> classes) {
    }

    /** One row of the reference's table. */
    record Row(int line, String name, String property, String defaultValue, Set<String> goals) {
    }

    @Test
    void the_reference_lists_every_parameter_of_every_goal_as_the_plugin_descriptor_declares_it() throws Exception {
        Path descriptor = ProjectFiles.root().resolve(DESCRIPTOR);
        assertThat(descriptor)
                .as("the plugin descriptor, which maven-plugin-plugin writes at process-classes; run the tests"
                        + " through Maven (mvn -pl templates,plugin test)")
                .isRegularFile();
        Map<String, Declared> declared = declared(descriptor);
        assertThat(declared).as("parameters in " + DESCRIPTOR).containsKeys("inputSpec", "componentsFile", "detail");

        List<String> problems = problems(declared, Files.readString(ProjectFiles.root().resolve(PAGE)));

        assertThat(problems).as("what " + PAGE + " must change to match the goals' @Parameter fields ("
                + DESCRIPTOR + ")").isEmpty();
    }

    @Test
    void a_missing_row_is_reported_with_the_row_to_add() {
        Map<String, Declared> declared = Map.of("force", new Declared("force", "api-errors.force", "false", false,
                Set.of("generate"), Set.of("dev.apierrors.maven.GenerateMojo")));

        assertThat(problems(declared, table()))
                .containsExactly(PAGE + ": add a row for the parameter `force` of the goal generate (the @Parameter"
                        + " field `force` of dev.apierrors.maven.GenerateMojo or a class it extends):"
                        + " | `force` | `api-errors.force` | `false` | generate | <what it does> |");
    }

    @Test
    void a_row_of_no_parameter_and_wrong_cells_are_reported_with_the_fix() {
        Map<String, Declared> declared = Map.of("skip", new Declared("skip", "api-errors.skip", "false", false,
                Set.of("apply", "check", "generate"), Set.of("dev.apierrors.maven.GenerateMojo")));
        String page = table(
                "| `skip` | `api-errors.skipped` | `true` | generate, check | Skip the goal. |",
                "| `gone` | `api-errors.gone` | none | generate | Was once. |");

        assertThat(problems(declared, page)).containsExactly(
                PAGE + ":5: the row of `skip` gives the user property `api-errors.skipped`; the plugin has"
                        + " `api-errors.skip`: write `api-errors.skip`",
                PAGE + ":5: the row of `skip` gives the default `true`; the plugin has `false`: write `false`",
                PAGE + ":5: the row of `skip` gives the goals generate, check; the plugin has them in generate,"
                        + " check, apply: write generate, check, apply",
                PAGE + ":6: remove the row of `gone`: no goal of the plugin has a parameter `gone`");
    }

    @Test
    void a_default_the_plugin_computes_is_said_in_words() {
        Map<String, Declared> declared = Map.of(
                "basePackage", new Declared("basePackage", "api-errors.basePackage", null, false,
                        Set.of("generate"), Set.of("G")),
                "inputSpec", new Declared("inputSpec", "api-errors.inputSpec", null, true, Set.of("generate"),
                        Set.of("G")));
        String words = table(
                "| `basePackage` | `api-errors.basePackage` | the groupId made a package name | generate | x |",
                "| `inputSpec` | `api-errors.inputSpec` | (required) | generate | x |");
        String literals = table(
                "| `basePackage` | `api-errors.basePackage` | `com.example` | generate | x |",
                "| `inputSpec` | `api-errors.inputSpec` | none | generate | x |");

        assertThat(problems(declared, words)).isEmpty();
        assertThat(problems(declared, literals)).containsExactly(
                PAGE + ":5: the row of `basePackage` gives the default `com.example`; the plugin has none (it is"
                        + " computed, or absent): say it in words, without a code span",
                PAGE + ":6: the row of `inputSpec` gives the default none; the plugin has none and requires the"
                        + " parameter: write (required)");
    }

    private static String table(String... rows) {
        return "# Configuration reference\n\n| Parameter | User property | Default | Goals | Meaning |\n"
                + "| --- | --- | --- | --- | --- |\n" + String.join("\n", rows) + (rows.length > 0 ? "\n" : "");
    }

    /** What the page must change to say what the descriptor says; empty when it does. */
    static List<String> problems(Map<String, Declared> declared, String page) {
        List<String> problems = new ArrayList<>();
        Map<String, Row> rows = new LinkedHashMap<>();
        for (Row row : rows(page)) {
            if (rows.putIfAbsent(row.name(), row) != null) {
                problems.add(PAGE + ":" + row.line() + ": remove the second row of `" + row.name() + "` (the first is"
                        + " on line " + rows.get(row.name()).line() + ")");
            }
        }
        for (Declared parameter : new TreeMap<>(declared).values()) {
            Row row = rows.get(parameter.name());
            if (row == null) {
                problems.add(PAGE + ": add a row for the parameter `" + parameter.name() + "` of the goal"
                        + (parameter.goals().size() > 1 ? "s " : " ") + inOrder(parameter.goals())
                        + " (the @Parameter field `" + parameter.name() + "` of " + String.join(", ", parameter.classes())
                        + " or a class it extends): | `" + parameter.name() + "` | "
                        + (parameter.property() == null ? "none" : "`" + parameter.property() + "`") + " | "
                        + expectedDefault(parameter) + " | " + inOrder(parameter.goals())
                        + " | <what it does> |");
                continue;
            }
            String where = PAGE + ":" + row.line() + ": the row of `" + row.name() + "` gives ";
            String property = parameter.property() == null ? "none" : "`" + parameter.property() + "`";
            if (!property.equals(row.property())) {
                problems.add(where + "the user property " + row.property() + "; the plugin has " + property
                        + ": write " + property);
            }
            checkDefault(parameter, row, where, problems);
            if (!parameter.goals().equals(row.goals())) {
                problems.add(where + "the goals " + String.join(", ", rowGoalsInOrder(page, row)) + "; the plugin"
                        + " has them in " + inOrder(parameter.goals()) + ": write " + inOrder(parameter.goals()));
            }
        }
        rows.values().stream()
                .filter(row -> !declared.containsKey(row.name()))
                .forEach(row -> problems.add(PAGE + ":" + row.line() + ": remove the row of `" + row.name()
                        + "`: no goal of the plugin has a parameter `" + row.name() + "`"));
        return problems;
    }

    private static void checkDefault(Declared parameter, Row row, String where, List<String> problems) {
        String cell = row.defaultValue();
        if (parameter.defaultValue() != null) {
            String expected = "`" + parameter.defaultValue() + "`";
            if (!expected.equals(cell)) {
                problems.add(where + "the default " + cell + "; the plugin has " + expected + ": write " + expected);
            }
        } else if (parameter.required()) {
            if (!"(required)".equals(cell)) {
                problems.add(where + "the default " + cell + "; the plugin has none and requires the parameter:"
                        + " write (required)");
            }
        } else if (isOneCodeSpan(cell) || cell.isBlank()) {
            problems.add(where + "the default " + cell + "; the plugin has none (it is computed, or absent): say it"
                    + " in words, without a code span");
        }
    }

    /** Goals in the order the documentation names them: the build's goals first, help last. */
    private static String inOrder(Set<String> goals) {
        List<String> order = List.of("generate", "check", "apply", "help");
        return goals.stream()
                .sorted(Comparator.comparingInt((String goal) -> order.contains(goal) ? order.indexOf(goal) : order.size())
                        .thenComparing(Comparator.naturalOrder()))
                .collect(Collectors.joining(", "));
    }

    private static String expectedDefault(Declared parameter) {
        if (parameter.defaultValue() != null) {
            return "`" + parameter.defaultValue() + "`";
        }
        return parameter.required() ? "(required)" : "none";
    }

    private static boolean isOneCodeSpan(String cell) {
        return cell.length() >= 2 && cell.startsWith("`") && cell.endsWith("`") && cell.indexOf('`', 1) == cell.length() - 1;
    }

    private static List<String> rowGoalsInOrder(String page, Row row) {
        return List.of(cells(page.split("\n", -1)[row.line() - 1]).get(3).split(",\\s*"));
    }

    /** The rows of every table of the page whose header is the reference's. */
    static List<Row> rows(String page) {
        List<Row> rows = new ArrayList<>();
        String[] lines = page.split("\n", -1);
        boolean inTable = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith(HEADER)) {
                inTable = true;
                i++; // the separator line
                continue;
            }
            if (!line.startsWith("|")) {
                inTable = false;
                continue;
            }
            if (inTable) {
                List<String> cells = cells(line);
                String name = cells.get(0);
                rows.add(new Row(i + 1, name.length() > 2 && isOneCodeSpan(name) ? name.substring(1, name.length() - 1)
                        : name, cells.get(1), cells.get(2), new TreeSet<>(List.of(cells.get(3).split(",\\s*")))));
            }
        }
        return rows;
    }

    /** The cells of a table row, trimmed; a {@code |} inside a code span does not end a cell. */
    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean code = false;
        String inner = line.strip();
        inner = inner.substring(1, inner.endsWith("|") ? inner.length() - 1 : inner.length());
        for (char c : inner.toCharArray()) {
            if (c == '`') {
                code = !code;
            }
            if (c == '|' && !code) {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().strip());
        while (cells.size() < 4) {
            cells.add("");
        }
        return cells;
    }

    /** Every parameter a user can set (not read-only), of every goal, by name. */
    static Map<String, Declared> declared(Path descriptor) throws Exception {
        Document plugin = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(descriptor.toFile());
        Map<String, Declared> declared = new LinkedHashMap<>();
        NodeList mojos = plugin.getElementsByTagName("mojo");
        for (int m = 0; m < mojos.getLength(); m++) {
            Element mojo = (Element) mojos.item(m);
            String goal = child(mojo, "goal").getTextContent().strip();
            String implementation = child(mojo, "implementation").getTextContent().strip();
            Map<String, Element> configuration = new LinkedHashMap<>();
            Element config = child(mojo, "configuration");
            for (Node node = config == null ? null : config.getFirstChild(); node != null; node = node.getNextSibling()) {
                if (node instanceof Element element) {
                    configuration.put(element.getTagName(), element);
                }
            }
            for (Node node = child(mojo, "parameters").getFirstChild(); node != null; node = node.getNextSibling()) {
                if (!(node instanceof Element parameter)) {
                    continue;
                }
                String name = child(parameter, "name").getTextContent().strip();
                if ("false".equals(text(parameter, "editable"))) {
                    continue;
                }
                Element value = configuration.get(name);
                String expression = value == null ? "" : value.getTextContent().strip();
                String property = expression.startsWith("${") && expression.endsWith("}")
                        ? expression.substring(2, expression.length() - 1) : null;
                String defaultValue = value == null || !value.hasAttribute("default-value") ? null
                        : value.getAttribute("default-value");
                Declared here = new Declared(name, property, defaultValue, "true".equals(text(parameter, "required")),
                        new TreeSet<>(Set.of(goal)), new TreeSet<>(Set.of(implementation)));
                Declared before = declared.get(name);
                if (before == null) {
                    declared.put(name, here);
                    continue;
                }
                assertThat(here.property() + " " + here.defaultValue() + " " + here.required())
                        .as("the parameter " + name + " of " + goal + " is declared as in " + before.goals()
                                + "; the reference has one row per name")
                        .isEqualTo(before.property() + " " + before.defaultValue() + " " + before.required());
                before.goals().add(goal);
                before.classes().add(implementation);
            }
        }
        return declared;
    }

    private static Element child(Element parent, String tag) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(tag)) {
                return element;
            }
        }
        return null;
    }

    private static String text(Element parent, String tag) {
        Element child = child(parent, tag);
        return child == null ? null : child.getTextContent().strip();
    }
}
