package dev.apierrors.textedit;

/**
 * One change of an edit: the text between {@code start} and {@code end} replaced by {@code text}
 * (an insertion when the two are equal). Changes at one place go deepest mapping first, then in the
 * order they were made.
 */
record Splice(int start, int end, String text, int depth, int order) {
}
