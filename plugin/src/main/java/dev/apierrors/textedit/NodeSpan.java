package dev.apierrors.textedit;

/** Where one value of the text is, to be replaced ({@code char} offsets into the text). */
final class NodeSpan {

    final String pointer;
    final int depth;
    final int start;
    int end = -1;
    /** A mapping or a list (else a scalar). */
    final boolean container;
    /** Written in flow style ({@code {...}}, {@code [...]}, every JSON value) or inside such a value. */
    final boolean flow;
    /** A YAML block scalar ({@code |}, {@code >}), or a block container ending with one. */
    boolean blockScalar;

    NodeSpan(String pointer, int start, boolean container, boolean flow) {
        this.pointer = pointer;
        this.depth = Prefixes.depth(pointer);
        this.start = start;
        this.container = container;
        this.flow = flow;
    }
}
