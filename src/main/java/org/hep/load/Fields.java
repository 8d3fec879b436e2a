package org.hep.load;

import org.hep.diag.Quote;
import org.hep.diag.Suggest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Typed access to one YAML mapping. Every accessor records a problem (with the value's
 * line and column) instead of throwing, and returns null/empty, so binding goes on and
 * the user sees every mistake in one run. Unknown and duplicate keys are reported on creation.
 */
public final class Fields {
    /** About two printed pages: longer text is a pasting mistake, and would bury the handout. */
    public static final int MAX_TEXT = 5000;

    /**
     * Longest list of text (steps, cues, advice …) and of entries (exercises, sections). The file
     * cap alone would let 30,000 one-line entries through: a 100 MB PDF and minutes of work.
     */
    public static final int MAX_ITEMS = 100;
    public static final int MAX_ENTRIES = 100;

    private final MappingNode node;
    private final Problems problems;
    private final Map<String, Node> values = new LinkedHashMap<>();
    private final Map<String, Node> keys = new LinkedHashMap<>();

    public Fields(MappingNode node, Problems problems, Set<String> known) {
        this.node = node;
        this.problems = problems;
        for (NodeTuple tuple : node.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (!(keyNode instanceof ScalarNode scalar)) {
                problems.at(keyNode, "a key must be a plain word, found " + describe(keyNode));
                continue;
            }
            String key = scalar.getValue();
            if (keys.containsKey(key)) {
                problems.at(keyNode, "duplicate key '" + key + "' (first given at line "
                        + (keys.get(key).getStartMark().getLine() + 1) + ")");
                continue;
            }
            keys.put(key, keyNode);
            if (!known.contains(key)) {
                problems.at(keyNode, "unknown key '" + key + "'" + Suggest.hint(key, known));
                continue;
            }
            values.put(key, tuple.getValueNode());
        }
    }

    public Problems problems() {
        return problems;
    }

    public boolean has(String key) {
        Node v = values.get(key);
        return v != null && !isNull(v);
    }

    public Node raw(String key) {
        return values.get(key);
    }

    public void require(String... required) {
        for (String key : required) {
            if (!keys.containsKey(key)) {
                problems.at(node, "missing required key '" + key + "'");
            } else if (values.containsKey(key) && isNull(values.get(key))) {
                problems.at(values.get(key), "'" + key + "' is empty");
            }
        }
    }

    /**
     * One paragraph of text from any scalar (YAML would otherwise turn {@code No} into a boolean),
     * its line breaks and tabs folded to spaces as the handout prints them.
     */
    public String text(String key) {
        String t = paragraphs(key);
        return t == null ? null : org.hep.model.SafeText.oneLine(t);
    }

    /**
     * Text that may hold paragraphs (education {@code text}): its line breaks are kept, for the
     * caller to split on its blank lines.
     */
    public String paragraphs(String key) {
        return asWritten(key);
    }

    /** A file or folder name, or a name that may be one: its spaces are its own, never folded. */
    public String path(String key) {
        return asWritten(key);
    }

    private String asWritten(String key) {
        Node v = values.get(key);
        if (v == null || isNull(v)) {
            return null;
        }
        return asText(v, "'" + key + "'");
    }

    /** Text no longer than {@code max} characters (names must fit a card title). */
    public String text(String key, int max) {
        String t = text(key);
        if (t != null && t.length() > max) {
            problem(key, "'" + key + "' is longer than " + max + " characters");
            return null;
        }
        return t;
    }

    /** @param what the value in words for messages: "'title'" or "an item of 'steps'" */
    String asText(Node v, String what) {
        if (v instanceof ScalarNode s) {
            String t = s.getValue().strip();
            if (org.hep.model.SafeText.printsNothing(t)) {
                problems.at(v, what + " is empty");
                return null;
            }
            if (t.length() > MAX_TEXT && t.codePointCount(0, t.length()) > MAX_TEXT) {
                problems.at(v, what + " is longer than " + MAX_TEXT + " characters");
                return null;
            }
            return t;
        }
        // "Keep your knee soft: do not lock it" is a mapping to YAML; say how to fix it.
        String hint = v instanceof MappingNode ? " (text with ': ' in it must be in quotes)" : "";
        problems.at(v, what + " must be text, found " + describe(v) + hint);
        return null;
    }

    /** A list of one-paragraph texts; a single scalar is accepted as a one-item list. */
    public List<String> texts(String key) {
        return texts(key, true);
    }

    /** A list of file or folder names, as written; a single scalar is accepted as a one-item list. */
    public List<String> paths(String key) {
        return texts(key, false);
    }

    private List<String> texts(String key, boolean oneLine) {
        Node v = values.get(key);
        List<String> out = new ArrayList<>();
        if (v == null || isNull(v)) {
            return out;
        }
        if (v instanceof ScalarNode) {
            String t = asText(v, "'" + key + "'");
            if (t != null) {
                out.add(oneLine ? org.hep.model.SafeText.oneLine(t) : t);
            }
            return out;
        }
        if (!(v instanceof SequenceNode seq)) {
            problems.at(v, "'" + key + "' must be a list of text, found " + describe(v));
            return out;
        }
        if (seq.getValue().size() > MAX_ITEMS) {
            problems.at(v, "'" + key + "' has " + seq.getValue().size() + " items; the most is " + MAX_ITEMS);
            return out;
        }
        for (Node item : seq.getValue()) {
            if (isNull(item)) {
                problems.at(item, "'" + key + "' has an empty item");
                continue;
            }
            String t = asText(item, "an item of '" + key + "'");
            if (t != null) {
                out.add(oneLine ? org.hep.model.SafeText.oneLine(t) : t);
            }
        }
        return out;
    }

    /** A list of mappings, for lists of sections or exercise entries. */
    public List<Node> list(String key) {
        Node v = values.get(key);
        if (v == null || isNull(v)) {
            return List.of();
        }
        if (!(v instanceof SequenceNode seq)) {
            problems.at(v, "'" + key + "' must be a list, found " + describe(v));
            return List.of();
        }
        if (seq.getValue().size() > MAX_ENTRIES) {
            problems.at(v, "'" + key + "' has " + seq.getValue().size() + " entries; the most is " + MAX_ENTRIES);
            return List.of();
        }
        return seq.getValue();
    }

    public MappingNode mapping(String key) {
        Node v = values.get(key);
        if (v == null || isNull(v)) {
            return null;
        }
        if (!(v instanceof MappingNode m)) {
            problems.at(v, "'" + key + "' must be a mapping of 'key: value' lines, found " + describe(v));
            return null;
        }
        return m;
    }

    /** A whole number in [min, max]; strings of digits are accepted too. */
    public Integer integer(String key, int min, int max) {
        Node v = values.get(key);
        if (v == null || isNull(v)) {
            return null;
        }
        String range = "'" + key + "' must be a whole number from " + min + " to " + max;
        if (!(v instanceof ScalarNode s)) {
            problems.at(v, range + ", found " + describe(v));
            return null;
        }
        String t = s.getValue().strip();
        if (!t.matches("[+-]?\\d{1,9}")) {
            problems.at(v, range + ", found '" + Quote.clip(t) + "'");
            return null;
        }
        int n = Integer.parseInt(t);
        if (n < min || n > max) {
            problems.at(v, range + ", found " + n);
            return null;
        }
        return n;
    }

    public Float decimal(String key, float min, float max) {
        Node v = values.get(key);
        if (v == null || isNull(v)) {
            return null;
        }
        String range = "'" + key + "' must be a number from " + fmt(min) + " to " + fmt(max);
        if (v instanceof ScalarNode s && s.getValue().strip().matches("[+-]?(\\d{1,6}(\\.\\d*)?|\\.\\d+)")) {
            float f = Float.parseFloat(s.getValue().strip());
            if (f >= min && f <= max) {
                return f;
            }
            problems.at(v, range + ", found " + s.getValue().strip());
            return null;
        }
        problems.at(v, range + ", found " + (v instanceof ScalarNode s ? "'" + Quote.clip(s.getValue()) + "'" : describe(v)));
        return null;
    }

    public Boolean bool(String key) {
        Node v = values.get(key);
        if (v == null || isNull(v)) {
            return null;
        }
        if (v instanceof ScalarNode s && v.getTag().equals(Tag.BOOL)) {
            String t = s.getValue().toLowerCase(java.util.Locale.ROOT);
            return t.equals("true") || t.equals("yes") || t.equals("on") || t.equals("y");
        }
        problems.at(v, "'" + key + "' must be true or false, found " + describe(v));
        return null;
    }

    /** Where the value of {@code key} starts (the mapping itself when the key is absent). */
    public org.hep.model.Origin origin(String key) {
        return problems.origin(values.getOrDefault(key, node));
    }

    public void problem(String key, String message) {
        problems.at(values.getOrDefault(key, node), message);
    }

    private static String fmt(float f) {
        return f == Math.rint(f) ? Integer.toString((int) f) : Float.toString(f);
    }


    /** Region and tag words compare without case. */
    static List<String> lowerCase(List<String> words) {
        return words.stream().map(w -> w.toLowerCase(java.util.Locale.ROOT)).toList();
    }

    static boolean isNull(Node n) {
        return n instanceof ScalarNode && n.getTag().equals(Tag.NULL);
    }

    /** "a list", "a mapping", "text 'abc'": what the user wrote, in words. */
    public static String describe(Node n) {
        if (n instanceof SequenceNode) {
            return "a list";
        }
        if (n instanceof MappingNode) {
            return "a mapping";
        }
        if (isNull(n)) {
            return "nothing";
        }
        if (n instanceof ScalarNode s) {
            return "'" + Quote.clip(s.getValue()) + "'";
        }
        return "an alias";
    }
}
