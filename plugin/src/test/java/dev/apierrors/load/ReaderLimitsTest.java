package dev.apierrors.load;

import dev.apierrors.shared.ApiErrorsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The limits the reader sets per read, tested with small ones so that nothing large is needed. */
class ReaderLimitsTest {

    private static final long MIB = 1024 * 1024;

    @TempDir
    Path work;

    @Test
    void descriptionClearlyTooLargeForTheHeapFailsAtOnceWithTheMemoryToGive() throws IOException {
        Path spec = Files.writeString(work.resolve("openapi.yaml"), "openapi: 3.0.3\nx-padding: \""
                + "x".repeat(200_000) + "\"\n");

        assertThatThrownBy(() -> new SpecLoader(new DocumentReader(MIB)).load(new FileResource(spec)))
                .isInstanceOf(ApiErrorsException.class)
                .hasMessage(spec + ": the description is too large for the memory of this build: its files"
                        + " (1 MiB so far) need about 2 MiB to process, and this JVM may use at most 1 MiB;"
                        + " give Maven more memory (e.g. MAVEN_OPTS=-Xmx1g)");
    }

    @Test
    void sizesOfAllFilesOfADescriptionCountTogether() throws IOException {
        String padding = "x".repeat(40_000);
        Path spec = Files.writeString(work.resolve("openapi.yaml"), "openapi: 3.0.3\ninfo: {title: t, version: '1'}\n"
                + "x-padding: " + padding + "\npaths:\n  /a:\n    $ref: 'a.yaml'\n");
        Files.writeString(work.resolve("a.yaml"), "x-padding: " + padding + "\nget:\n  responses:\n"
                + "    '200': {description: OK}\n");

        // each file alone fits in the limit, both together do not
        assertThatThrownBy(() -> new SpecLoader(new DocumentReader(50_000L * DocumentReader.HEAP_BYTES_PER_FILE_BYTE))
                .load(new FileResource(spec)))
                .isInstanceOf(ApiErrorsException.class)
                .hasMessageStartingWith(work.resolve("a.yaml") + ": the description is too large for the memory")
                .hasMessageContaining("referenced at paths./a of " + spec);
    }

    @Test
    void streamOfUnknownSizeIsCutOffWhenItExceedsTheLimitNotReadToTheEnd() {
        CountingStream stream = new CountingStream(64 * MIB);
        SpecResource endless = new StreamResource(stream);

        assertThatThrownBy(() -> new DocumentReader(MIB * DocumentReader.HEAP_BYTES_PER_FILE_BYTE).read(endless))
                .isInstanceOf(ApiErrorsException.class)
                .hasMessageStartingWith("stream.yaml: the description is too large for the memory of this build");
        assertThat(stream.read).as("bytes read before giving up").isLessThan(2 * MIB);
    }

    @Test
    void sizeIsCheckedBeforeTheFileIsOpened() {
        SizedResource huge = new SizedResource(DocumentReader.MAX_FILE_BYTES + 1L, new CountingStream(0));

        assertThatThrownBy(() -> new DocumentReader().read(huge))
                .isInstanceOf(ApiErrorsException.class)
                .hasMessage("grown.yaml is larger than 256 MiB, too large for an OpenAPI description");
        assertThat(huge.opened).as("opened").isFalse();
    }

    @Test
    void fileThatGrowsWhileItIsReadIsCutOffAtTheLimit() {
        long limit = MIB;
        CountingStream growing = new CountingStream(64 * MIB);
        SizedResource grown = new SizedResource(1000, growing);

        assertThatThrownBy(() -> new DocumentReader(limit * DocumentReader.HEAP_BYTES_PER_FILE_BYTE).read(grown))
                .isInstanceOf(ApiErrorsException.class)
                .hasMessageStartingWith("grown.yaml: the description is too large for the memory of this build");
        assertThat(growing.read).as("bytes read: the limit and one more").isEqualTo(limit + 1);
    }

    @Test
    void nestingUpToTheLimitIsRead() {
        String deep = "[".repeat(DocumentReader.MAX_NESTING - 1) + "]".repeat(DocumentReader.MAX_NESTING - 1);
        String yaml = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\nx-deep: " + deep + "\n";

        assertThat(new DocumentReader().read(new StreamResource(yaml)).tree().at("/x-deep/0/0/0").isArray()).isTrue();
        assertThat(new DocumentReader().read(new StreamResource("{\"x\": " + deep + "}", "json")).tree().at("/x/0/0")
                .isArray()).isTrue();
    }

    @Test
    void aliasesMayNotNestTheExpandedDocumentPastTheLimit() {
        int half = DocumentReader.MAX_NESTING / 2 + 10;
        String yaml = "openapi: 3.0.3\nx-a: &a " + "[".repeat(half) + "1" + "]".repeat(half) + "\nx-b: "
                + "[".repeat(half) + "*a" + "]".repeat(half) + "\n";

        assertThatThrownBy(() -> new DocumentReader().read(new StreamResource(yaml)))
                .isInstanceOf(ApiErrorsException.class)
                .hasMessageStartingWith("stream.yaml:2:")
                .hasMessageContaining("with its YAML aliases expanded, mappings and lists are nested more than 1000");
    }

    @Test
    void aMappingThatMergesItselfIsRefused() {
        String yaml = "openapi: 3.0.3\nx-a: &a\n  b: 1\n  <<: *a\n";

        assertThatThrownBy(() -> new DocumentReader().read(new StreamResource(yaml)))
                .isInstanceOf(ApiErrorsException.class)
                .hasMessage("stream.yaml:2:6: a YAML alias refers to the node that contains it; such a recursive"
                        + " document has no JSON form");
    }

    @Test
    void aliasesUsedModeratelyAreExpanded() {
        StringBuilder yaml = new StringBuilder("openapi: 3.0.3\nx-shared: &shared {type: object, properties: "
                + "{a: {type: string}, b: {type: integer}}}\nx-uses:\n");
        for (int i = 0; i < 200; i++) {
            yaml.append("  - *shared\n");
        }

        assertThat(new DocumentReader().read(new StreamResource(yaml.toString())).tree().at("/x-uses/199/properties/b/type")
                .asText()).isEqualTo("integer");
    }

    /** A description served as a stream whose size is not known in advance, like a class path resource. */
    private static final class StreamResource implements SpecResource {
        private final InputStream in;
        private final String extension;

        StreamResource(InputStream in) {
            this.in = in;
            this.extension = "yaml";
        }

        StreamResource(String text) {
            this(text, "yaml");
        }

        StreamResource(String text, String extension) {
            this.in = new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
            this.extension = extension;
        }

        @Override
        public String displayName() {
            return "stream." + extension;
        }

        @Override
        public String key() {
            return displayName();
        }

        @Override
        public InputStream open() {
            return in;
        }

        @Override
        public SpecResource resolve(String relativeReference) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String parserLocation() {
            return displayName();
        }
    }

    /** A file whose size, when asked, is not what it holds when read: it grows in between. */
    private static final class SizedResource implements SpecResource {
        private final long size;
        private final InputStream in;
        boolean opened;

        SizedResource(long size, InputStream in) {
            this.size = size;
            this.in = in;
        }

        @Override
        public String displayName() {
            return "grown.yaml";
        }

        @Override
        public String key() {
            return displayName();
        }

        @Override
        public long size() {
            return size;
        }

        @Override
        public InputStream open() {
            opened = true;
            return in;
        }

        @Override
        public SpecResource resolve(String relativeReference) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String parserLocation() {
            return displayName();
        }
    }

    private static final class CountingStream extends InputStream {
        private final long length;
        long read;

        CountingStream(long length) {
            this.length = length;
        }

        @Override
        public int read() {
            if (read >= length) {
                return -1;
            }
            read++;
            return 'x';
        }

        @Override
        public int read(byte[] buffer, int offset, int count) {
            if (read >= length) {
                return -1;
            }
            int n = (int) Math.min(count, length - read);
            java.util.Arrays.fill(buffer, offset, offset + n, (byte) 'x');
            read += n;
            return n;
        }
    }
}
