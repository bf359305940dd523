package dev.apierrors.view;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JavaTextTest {

    @Test
    void literalsEscapeQuotesBackslashesAndEverythingOutsideAscii() {
        assertThat(JavaText.literal("a \"b\" \\ c")).isEqualTo("\"a \\\"b\\\" \\\\ c\"");
        assertThat(JavaText.literal("line\nbreak\u0007")).isEqualTo("\"line\\nbreak\\007\"");
        assertThat(JavaText.literal("über")).isEqualTo("\"\\u00fcber\"");
        assertThat(JavaText.literal("\\u0022")).as("a unicode escape in the text stays text")
                .isEqualTo("\"\\\\u0022\"");
        assertThat(JavaText.literal(null)).isEqualTo("null");
    }

    @Test
    void javadocCannotEndTheCommentStartATagOrHoldAUnicodeEscape() {
        String text = JavaText.javadoc("ends */ here, \\u002a/ there, @param x, <b>&</b>\nnext *");
        assertThat(text).doesNotContain("*/", "\\", "@", "<", "\n");
        assertThat(text).isEqualTo("ends *&#47; here, &#92;u002a/ there, &#64;param x, &lt;b&gt;&amp;&lt;/b&gt; next &#42;");
        assertThat(JavaText.javadoc("/leading")).isEqualTo("&#47;leading");
        assertThat(JavaText.javadoc("😀 é")).isEqualTo("&#128512; &#233;");
    }
}
