package dev.apierrors.incremental;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Held while one build of an execution writes its outputs, so that two builds of the same project
 * at once (two terminals, an IDE and a command line) write one after the other: a build removes the
 * temporary files a killed build left beside its outputs, and must never take those of a build
 * still writing for ones left behind. The operating system releases it when the process dies.
 */
final class WriteLock implements AutoCloseable {

    static final String FILE_NAME = "write.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private WriteLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static WriteLock take(Path workDirectory) throws IOException {
        Files.createDirectories(workDirectory);
        FileChannel channel = FileChannel.open(workDirectory.resolve(FILE_NAME), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        try {
            return new WriteLock(channel, channel.lock());
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
