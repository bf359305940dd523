package dev.apierrors.incremental;

/**
 * One file a build wrote.
 *
 * @param sha256 the digest of the bytes written
 * @param stamp  its size and modification time right after writing, or null when unknown (it is
 *               then digested to tell whether it is still as written)
 */
public record OutputFile(String sha256, Stamp stamp) {
}
