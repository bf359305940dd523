package dev.apierrors.load;

import dev.apierrors.shared.ApiErrorsException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads the bytes of a description's files within two limits: the size of one file, and the heap
 * that all the files read so far together will need. A file that is surely too large is refused
 * before it is opened, and reading stops at the limit even when the file grows meanwhile or is a
 * stream without end.
 */
final class BoundedReads {

    private final long memoryLimit;
    private long bytesRead;

    BoundedReads(long memoryLimit) {
        this.memoryLimit = memoryLimit;
    }

    /**
     * Checks the size before the file is opened (and that it is a file at all), then reads no more
     * than the limits allow plus one byte, so that a file that grows while it is read, or a stream
     * without end, is cut off at the limit.
     */
    byte[] read(SpecResource resource) {
        try {
            long size = resource.size();
            if (size >= 0) {
                checkSize(resource, size);
            }
            long readable = Math.max(0, allowance()) + 1;
            try (InputStream in = resource.open()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream(size > 0 ? (int) size : 1 << 16);
                byte[] buffer = new byte[1 << 16];
                int n;
                while ((n = in.read(buffer, 0, (int) Math.min(buffer.length, readable - out.size()))) > 0) {
                    checkSize(resource, (long) out.size() + n);
                    out.write(buffer, 0, n);
                }
                bytesRead += out.size();
                return out.toByteArray();
            }
        } catch (IOException e) {
            throw new ApiErrorsException(resource.displayName() + " cannot be read: " + e.getMessage(), e);
        }
    }

    private void checkSize(SpecResource resource, long size) {
        if (size > DocumentReader.MAX_FILE_BYTES) {
            throw new ApiErrorsException(resource.displayName() + " is larger than " + (DocumentReader.MAX_FILE_BYTES >> 20)
                    + " MiB, too large for an OpenAPI description");
        }
        long needed = (bytesRead + size) * DocumentReader.HEAP_BYTES_PER_FILE_BYTE;
        if (needed > memoryLimit) {
            throw new ApiErrorsException(resource.displayName() + ": the description is too large for the memory"
                    + " of this build: its files (" + mebibytes(bytesRead + size) + " MiB so far) need about "
                    + mebibytes(needed) + " MiB to process, and this JVM may use at most " + mebibytes(memoryLimit)
                    + " MiB; give Maven more memory (e.g. MAVEN_OPTS=-Xmx" + ((needed >> 30) + 1) + "g)");
        }
    }

    /** The most bytes the next file may have: the size limit, and the memory the files read so far left. */
    private long allowance() {
        return Math.min(DocumentReader.MAX_FILE_BYTES, memoryLimit / DocumentReader.HEAP_BYTES_PER_FILE_BYTE - bytesRead);
    }

    private static long mebibytes(long bytes) {
        return (bytes + (1 << 20) - 1) >> 20;
    }
}
