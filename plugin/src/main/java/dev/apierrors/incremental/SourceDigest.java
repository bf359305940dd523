package dev.apierrors.incremental;

/**
 * One file of the description as a build saw it.
 *
 * @param resource the file's identity ({@link dev.apierrors.load.SpecResource#key()})
 * @param sha256   the digest of its bytes, or {@link #MISSING} when it could not be read
 */
public record SourceDigest(String resource, String sha256) {

    public static final String MISSING = "missing";
}
