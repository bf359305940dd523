package dev.apierrors.enrich;

/**
 * What one enrichment did.
 *
 * @param operations     operations seen
 * @param added          error responses added to operations
 * @param authorDeclared standard codes an operation already declared (itself or by a range), kept as written
 * @param additions      what was put into the tree, and where
 */
public record EnrichmentReport(int operations, int added, int authorDeclared, TreeAdditions additions) {

    public String summary() {
        return operations + " operations, " + added + " error responses added, " + authorDeclared
                + " author-declared kept";
    }
}
