package dev.apierrors.incremental;

/**
 * One file of the description as a build saw it.
 *
 * @param resource the file's identity ({@link dev.apierrors.load.SpecResource#key()})
 * @param sha256   the digest of its bytes, or {@link #MISSING} when it could not be read
 * @param stamp    its size and modification time when it was read, for a file on disk that had
 *                 settled by then; null otherwise (it is then always digested again)
 */
public record SourceDigest(String resource, String sha256, Stamp stamp) {

    public static final String MISSING = "missing";

    /** Same file, same bytes: the stamps do not matter. */
    boolean sameContent(SourceDigest other) {
        return resource.equals(other.resource) && sha256.equals(other.sha256);
    }
}
