package dev.apierrors.render;

import dev.apierrors.shared.ApiErrorsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GeneratedFilesTest {

    private static final byte[] CONTENT = {'x'};

    @ParameterizedTest
    @ValueSource(strings = {"com/example/errors/ApiError.java", "ApiError.java", "com/ex\u00e4mple/Caf\u00e9.java",
            "com/example/con_/X.java", "a/b.c/d"})
    void relativePathsInsideTheOutputDirectoryAreAccepted(String path) {
        GeneratedFiles files = new GeneratedFiles();

        files.add(path, CONTENT);

        assertThat(files.files()).containsOnlyKeys(path);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "../evil.java | it names '..', which could lead out of the output directory",
            "com/../../evil.java | it names '..', which could lead out of the output directory",
            "com/./X.java | it names '.', which could lead out of the output directory",
            "/etc/passwd | it is an absolute path",
            "C:/Windows/evil.java | it contains ':', which is not allowed in file names on every system (a drive"
                    + " letter or a stream name on Windows)",
            "C:evil.java | it contains ':'",
            "com\\..\\evil.java | it contains '\\'",
            "com//X.java | it has an empty folder name",
            "com/ | it has an empty folder name",
            "com/example/X.java. | 'X.java.' ends with a dot or a space, which Windows drops",
            "com/aux/X.java | 'aux' is a device name on Windows",
            "com/example/Con.java | 'Con.java' is a device name on Windows",
            "com/example/LPT1 | 'LPT1' is a device name on Windows",
            "com/example/X?.java | it contains '?'",
            "com/example/<script>.java | it contains '<'"})
    void pathThatCouldLeadElsewhereOrIsNotPortableIsRefused(String path, String problem) {
        GeneratedFiles files = new GeneratedFiles();

        assertThatThrownBy(() -> files.add(path, CONTENT))
                .isInstanceOf(ApiErrorsException.class)
                .hasMessageStartingWith("refusing to write '" + path + "' in the output directory: " + problem);
        assertThat(files.files()).isEmpty();
    }

    @Test
    void emptyPathIsRefused() {
        assertThatThrownBy(() -> new GeneratedFiles().add("", CONTENT))
                .hasMessage("refusing to write '' in the output directory: the path is empty");
    }

    @Test
    void controlCharactersAreRefusedAndShownEscaped() {
        assertThatThrownBy(() -> new GeneratedFiles().add("com/ex\u0000ample/X.java", CONTENT))
                .isInstanceOf(ApiErrorsException.class)
                .hasMessage("refusing to write 'com/ex\\u0000ample/X.java' in the output directory: it contains a"
                        + " control character (NUL)");
        assertThatThrownBy(() -> new GeneratedFiles().add("com/X\n.java", CONTENT))
                .hasMessageEndingWith("it contains a control character (U+000A)");
    }

    @Test
    void pathsDifferingOnlyByCaseAreRefused() {
        GeneratedFiles files = new GeneratedFiles();
        files.add("com/example/ApiError.java", CONTENT);

        assertThatThrownBy(() -> files.add("com/example/APIError.java", CONTENT))
                .isInstanceOf(ApiErrorsException.class)
                .hasMessage("refusing to write both 'com/example/ApiError.java' and 'com/example/APIError.java': they"
                        + " differ only by case and would be one file on Windows and macOS");
    }
}
