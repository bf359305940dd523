package dev.apierrors.textedit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LineStartsTest {

    @Test
    void agreesWithAWalkBackOnEveryOffsetOfShortAndLongLines() {
        String text = "a\n  b\r\n" + "x".repeat(700) + "\r" + "\n".repeat(3) + "y".repeat(300) + "\n" + "z".repeat(1000);
        LineStarts lines = new LineStarts(text);

        for (int offset = text.length(); offset >= 0; offset--) {
            assertThat(lines.of(offset)).as("offset %d", offset).isEqualTo(Text.lineStart(text, offset));
        }
    }

    @Test
    void aTextOfOneLongLineStartsAtZero() {
        String text = "{\"a\":" + "1".repeat(5000) + "}";

        assertThat(new LineStarts(text).of(text.length() - 1)).isZero();
    }
}
