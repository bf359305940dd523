package dev.apierrors.textedit;

import dev.apierrors.document.Pointers;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds mappings in a YAML text through SnakeYAML's events, which carry the position of every
 * node. Only the way to the wanted mappings is followed closely; the rest of the text is passed
 * over, keeping only where the last value ended.
 */
final class YamlPositions {

    private final String text;
    private final Offsets offsets;
    private final Set<String> wanted;
    private final Set<String> wantedNodes;
    private final Set<String> prefixes;
    private final Layout layout = new Layout();
    private final Deque<Frame> frames = new ArrayDeque<>();
    /** Anchors that some alias repeats: a mapping under one is repeated too, and must not be edited. */
    private final Set<String> aliased = new HashSet<>();
    private final Map<String, List<String>> anchorsAbove = new HashMap<>();
    private int lastContentEnd = -1;
    private boolean lastKeeps;

    private static final class Frame {
        final boolean mapping;
        final boolean flow;
        /** Null when nothing wanted lies below. */
        final String pointer;
        final MappingSpan span;
        NodeSpan node;
        final boolean isKey;
        final List<String> anchors;
        boolean expectKey = true;
        String key;
        int keyColumn = -1;
        int index;

        Frame(boolean mapping, boolean flow, String pointer, MappingSpan span, boolean isKey, List<String> anchors) {
            this.mapping = mapping;
            this.flow = flow;
            this.pointer = pointer;
            this.span = span;
            this.isKey = isKey;
            this.anchors = anchors;
        }
    }

    private YamlPositions(String text, Set<String> wanted, Set<String> wantedNodes) {
        this.text = text;
        this.offsets = new Offsets(text);
        this.wanted = wanted;
        this.wantedNodes = wantedNodes;
        Set<String> all = new HashSet<>(wanted);
        all.addAll(wantedNodes);
        this.prefixes = Prefixes.of(all);
    }

    /** The layout of the mappings at {@code wanted} and of the values at {@code wantedNodes}. */
    static Layout find(String text, Set<String> wanted, Set<String> wantedNodes) {
        return new YamlPositions(text, wanted, wantedNodes).walk();
    }

    private Layout walk() {
        LoaderOptions options = new LoaderOptions();
        options.setProcessComments(false);
        options.setCodePointLimit(Integer.MAX_VALUE);
        options.setNestingDepthLimit(Integer.MAX_VALUE);
        Parser parser = new ParserImpl(new StreamReader(text), options);
        int documents = 0;
        try {
            while (parser.peekEvent() != null) {
                Event event = parser.getEvent();
                switch (event.getEventId()) {
                    case DocumentStart:
                        if (++documents > 1) {
                            throw new TextEditUnsupported("the YAML text holds more than one document");
                        }
                        break;
                    case Scalar:
                        scalar((ScalarEvent) event);
                        break;
                    case Alias:
                        alias((AliasEvent) event);
                        break;
                    case MappingStart:
                    case SequenceStart:
                        start((CollectionStartEvent) event, event.getEventId() == Event.ID.MappingStart);
                        break;
                    case MappingEnd:
                    case SequenceEnd:
                        end(event);
                        break;
                    default:
                        break;
                }
                if (event.getEventId() == Event.ID.StreamEnd) {
                    break;
                }
            }
        } catch (YAMLException e) {
            throw new TextEditUnsupported("the YAML text cannot be read for editing: " + e.getMessage());
        }
        anchorsAbove.forEach((pointer, anchors) -> {
            for (String anchor : anchors) {
                if (aliased.contains(anchor)) {
                    layout.refused.putIfAbsent(pointer, "the mapping at '" + Insertions.display(pointer)
                            + "' lies under the YAML anchor &" + anchor + ", which an alias repeats elsewhere");
                }
            }
        });
        return layout;
    }

    private int offset(org.yaml.snakeyaml.error.Mark mark) {
        return offsets.charIndex(mark.getIndex());
    }

    /** The pointer of the node that starts now, or null when it is a key or nothing wanted lies below it. */
    private String childPointer(Frame parent) {
        if (parent == null) {
            return prefixes.contains("") ? "" : null;
        }
        if (parent.pointer == null || parent.mapping && parent.key == null) {
            return null;
        }
        String segment = parent.mapping ? Pointers.escape(parent.key) : Integer.toString(parent.index);
        String pointer = parent.pointer + "/" + segment;
        return prefixes.contains(pointer) ? pointer : null;
    }

    private boolean startsKey(Frame parent) {
        return parent != null && parent.mapping && parent.expectKey;
    }

    private void scalar(ScalarEvent event) {
        Frame parent = frames.peek();
        if (startsKey(parent)) {
            layout.quoting.key(event.getValue(), event.getScalarStyle());
            parent.key = event.getValue();
            parent.expectKey = false;
            parent.keyColumn = event.getStartMark().getColumn();
            if (parent.span != null) {
                int at = offset(event.getStartMark());
                if (parent.span.firstKey < 0) {
                    parent.span.firstKey = at;
                }
                parent.span.lastKey = at;
                parent.span.siblingKeys.key(event.getValue(), event.getScalarStyle());
                if ("<<".equals(event.getValue()) && event.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN) {
                    parent.span.merges = true;
                }
            }
            return;
        }
        layout.quoting.value(parent != null && parent.mapping ? parent.key : null, event.getValue(),
                event.getScalarStyle());
        String pointer = childPointer(parent);
        if (pointer != null && wanted.contains(pointer)) {
            layout.refused.put(pointer, "'" + Insertions.display(pointer) + "' is not a mapping in the text");
        }
        if (pointer != null && wantedNodes.contains(pointer)) {
            NodeSpan node = new NodeSpan(pointer, offset(event.getStartMark()), false, parent != null && parent.flow);
            node.end = offset(event.getEndMark());
            node.blockScalar = event.getScalarStyle() == DumperOptions.ScalarStyle.LITERAL
                    || event.getScalarStyle() == DumperOptions.ScalarStyle.FOLDED;
            layout.nodes.put(pointer, node);
            if (parent != null && !parent.anchors.isEmpty()) {
                anchorsAbove.put(pointer, parent.anchors);
            }
        }
        lastContentEnd = offset(event.getEndMark());
        lastKeeps = keepsTrailingLines(event);
        valueDone(parent);
    }

    private boolean keepsTrailingLines(ScalarEvent event) {
        if (event.getScalarStyle() != DumperOptions.ScalarStyle.LITERAL
                && event.getScalarStyle() != DumperOptions.ScalarStyle.FOLDED) {
            return false;
        }
        for (int i = offset(event.getStartMark()); i < text.length() && !Character.isWhitespace(text.charAt(i)); i++) {
            if (text.charAt(i) == '+') {
                return true;
            }
        }
        return false;
    }

    private void alias(AliasEvent event) {
        aliased.add(event.getAnchor());
        Frame parent = frames.peek();
        if (startsKey(parent)) {
            parent.key = null;
            parent.expectKey = false;
            return;
        }
        String pointer = childPointer(parent);
        if (pointer != null) {
            Set<String> all = new HashSet<>(wanted);
            all.addAll(wantedNodes);
            for (String target : all) {
                if (target.equals(pointer) || target.startsWith(pointer + "/")) {
                    layout.refused.put(target, "'" + Insertions.display(target)
                            + "' is in the text only through the YAML alias *" + event.getAnchor());
                }
            }
        }
        lastContentEnd = offset(event.getEndMark());
        lastKeeps = false;
        valueDone(parent);
    }

    private void start(CollectionStartEvent event, boolean mapping) {
        Frame parent = frames.peek();
        boolean isKey = startsKey(parent);
        String pointer = isKey ? null : childPointer(parent);
        List<String> anchors = parent == null ? List.of() : parent.anchors;
        if (pointer != null && event.getAnchor() != null) {
            anchors = new ArrayList<>(anchors);
            anchors.add(event.getAnchor());
        }
        MappingSpan span = null;
        if (pointer != null && wanted.contains(pointer)) {
            if (mapping) {
                span = new MappingSpan(pointer, Prefixes.depth(pointer), event.isFlow(), offset(event.getStartMark()));
                layout.spans.put(pointer, span);
                if (!anchors.isEmpty()) {
                    anchorsAbove.put(pointer, anchors);
                }
            } else {
                layout.refused.put(pointer, "'" + Insertions.display(pointer) + "' is not a mapping in the text");
            }
        }
        NodeSpan node = null;
        if (pointer != null && wantedNodes.contains(pointer)) {
            node = new NodeSpan(pointer, offset(event.getStartMark()), true, event.isFlow());
            layout.nodes.put(pointer, node);
            if (!anchors.isEmpty()) {
                anchorsAbove.put(pointer, anchors);
            }
        }
        if (!event.isFlow() && parent != null && parent.mapping && !parent.flow && !isKey) {
            learnIndentation(event, mapping, parent);
        }
        Frame frame = new Frame(mapping, event.isFlow(), pointer, span, isKey, anchors);
        frame.node = node;
        frames.push(frame);
    }

    /** The first nested block mapping and block list under a key tell how this text indents. */
    private void learnIndentation(CollectionStartEvent event, boolean mapping, Frame parent) {
        int column = event.getStartMark().getColumn();
        if (mapping && layout.step < 0 && column > parent.keyColumn) {
            layout.step = column - parent.keyColumn;
        } else if (!mapping && layout.sequenceIndent < 0 && column >= parent.keyColumn) {
            layout.sequenceIndent = column - parent.keyColumn;
        }
    }

    private void end(Event event) {
        Frame frame = frames.pop();
        if (frame.span != null) {
            frame.span.lastEnd = lastContentEnd;
            frame.span.lastKeeps = lastKeeps;
            if (frame.flow) {
                frame.span.close = offset(event.getStartMark());
            }
        }
        if (frame.flow) {
            lastContentEnd = offset(event.getEndMark());
            lastKeeps = false;
        }
        if (frame.node != null) {
            frame.node.end = lastContentEnd;
            frame.node.blockScalar = !frame.flow
                    && Text.blank(text, Text.lineStart(text, lastContentEnd), lastContentEnd);
        }
        Frame parent = frames.peek();
        if (frame.isKey) {
            parent.key = null;
            parent.expectKey = false;
        } else {
            valueDone(parent);
        }
    }

    private static void valueDone(Frame parent) {
        if (parent == null) {
            return;
        }
        if (parent.mapping) {
            parent.expectKey = true;
        } else {
            parent.index++;
        }
    }
}
