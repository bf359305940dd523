package dev.apierrors.enrich;

/** Which operations get which error responses. */
public enum Applicability {
    /** Every operation gets every configured code. */
    ALL,
    /** Each code only where it can happen: see {@link SmartApplicability}. */
    SMART
}
