package org.hep.load;

import org.hep.diag.InvalidInputException;
import org.hep.diag.Problem;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Parses one YAML file into SnakeYAML's node graph — never into Java objects, so no tag
 * can make the parser instantiate a class. Every node keeps its line and column for errors.
 */
public final class YamlDocument {
    private static final Set<Tag> PLAIN_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL,
            Tag.SEQ, Tag.MAP, Tag.TIMESTAMP);
    /** Real plans use a handful of aliases and a few levels; far more means a bomb or a mistake. */
    public static final int MAX_ALIASES = 20;
    public static final int MAX_DEPTH = 40;

    private YamlDocument() {
    }

    /** The top-level mapping of {@code source}; throws {@link InvalidInputException} otherwise. */
    public static MappingNode parseMapping(Source source, String whatItHolds) {
        Node root = parse(source);
        Problems problems = new Problems(source.name());
        if (root == null) {
            problems.at(1, 1, "file is empty; expected " + whatItHolds);
        } else if (!(root instanceof MappingNode)) {
            // Never the text itself: a 'use:' or 'extends:' path may name any file (a key, a
            // password list), and its first line must not end up in a log.
            problems.at(root, "expected " + whatItHolds + " as 'key: value' lines at the top, found "
                    + (root instanceof ScalarNode ? "plain text" : Fields.describe(root)));
        }
        problems.throwIfAny();
        return (MappingNode) root;
    }

    static Node parse(Source source) {
        // The jar's own files were parsed and checked at build time (LibraryPack).
        if (source.opener() instanceof Source.Resource r) {
            Node packed = PackedYaml.read(r.path());
            if (packed != null) {
                return packed;
            }
        }
        String text = decode(source);
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setAllowRecursiveKeys(false);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(Source.MAX_BYTES + 1);
        options.setProcessComments(false);
        Node root;
        try {
            // The composer alone: no constructor, so nothing is ever turned into a Java object.
            root = new Composer(new ParserImpl(new StreamReader(new StringReader(text)), options), new Resolver(),
                    options).getSingleNode();
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String what = e.getProblem() != null ? e.getProblem() : "malformed YAML";
            int line = mark == null ? 1 : mark.getLine() + 1;
            int col = mark == null ? 1 : mark.getColumn() + 1;
            throw new InvalidInputException(new Problem(source.name(), line, col, tidy(what)));
        } catch (ReaderException e) {
            List<Problem> found = unreadable(text, source.name());
            if (found.isEmpty()) {
                found = List.of(control(text, source.name(), e.getPosition(), e.getCodePoint()));
            }
            throw new InvalidInputException(found);
        } catch (YAMLException e) {
            String m = e.getMessage() == null ? "" : e.getMessage();
            Mark at = m.startsWith("Nesting Depth exceeded") ? LimitPlace.tooDeep(text, MAX_DEPTH)
                    : m.startsWith("Number of aliases") ? LimitPlace.tooManyAliases(text, MAX_ALIASES) : null;
            throw new InvalidInputException(new Problem(source.name(), at == null ? 1 : at.getLine() + 1,
                    at == null ? 1 : at.getColumn() + 1, limitMessage(m)));
        }
        if (root != null) {
            checkGraph(root, source.name(), text);
        }
        return root;
    }

    /** SnakeYAML's wording where it helps a user, plain words where it does not. */
    private static String tidy(String message) {
        String m = message == null ? "malformed YAML" : message.replaceAll("\\s+", " ").trim();
        if (m.contains("found character '\\t") || m.contains("found character '\t")) {
            return "YAML syntax error: tab character; indent with spaces, not tabs";
        }
        if (m.startsWith("Global tag is not allowed: ")) {
            return tagRefused(m.substring("Global tag is not allowed: ".length()).replace("tag:yaml.org,2002:", "!!"));
        }
        for (String[] plain : PLAIN_SYNTAX) {
            if (m.startsWith(plain[0])) {
                return "YAML syntax error: " + plain[1];
            }
        }
        return "YAML syntax error: " + m;
    }

    /** The parser's wording for the mistakes people make most, and what to do about each. */
    private static final String[][] PLAIN_SYNTAX = {
        {"expected <block end>, but found", "this line is indented differently from the lines above it"},
        {"mapping values are not allowed here", "unexpected ':'; put text that contains ': ' in quotes"},
        {"expected ',' or ']', but got", "a list opened with '[' is not closed with ']'"},
        {"expected ',' or '}', but got", "a mapping opened with '{' is not closed with '}'"},
        {"found unexpected end of stream", "a quoted text is not closed"},
        {"but found another document", "a file holds one document; remove the second '---' line"},
        {"expected '<document start>', but found", "text after the end mark '...'; a file holds one YAML document, "
                + "so remove the '...' line or what follows it"},
    };

    /**
     * Where the scalar's first forbidden character stands in the file, when it is written there as
     * itself (in a block of several lines it can be lines below the '|'); null when it was written
     * as an escape ("\u202E"), which the scalar's own start names well enough.
     */
    private static int[] forbiddenAt(String text, org.yaml.snakeyaml.nodes.ScalarNode scalar) {
        String v = scalar.getValue();
        int cp = v.codePointAt(org.hep.model.SafeText.firstForbidden(v));
        int from = scalar.getStartMark().getIndex();
        int to = scalar.getEndMark().getIndex();
        if (from < 0 || to > text.codePointCount(0, text.length())) {
            return null;
        }
        int i = text.offsetByCodePoints(0, from);
        for (int n = from; n < to && i < text.length(); n++) {
            int c = text.codePointAt(i);
            if (c == cp) {
                return lineColumn(text, n);
            }
            i += Character.charCount(c);
        }
        return null;
    }

    /** Control characters named at once at most; a binary file would name thousands. */
    private static final int MOST_CONTROLS = 20;

    /**
     * Every character the YAML reader refuses (it stops at the first): one run shows them all, each
     * at its line and column.
     */
    private static List<Problem> unreadable(String text, String file) {
        List<Problem> out = new ArrayList<>();
        int n = 0;
        for (int i = 0; i < text.length() && out.size() < MOST_CONTROLS; n++) {
            int cp = text.codePointAt(i);
            if (!StreamReader.isPrintable(cp)) {
                out.add(control(text, file, n, cp));
            }
            i += Character.charCount(cp);
        }
        return out;
    }

    /** The control character {@code cp}, the {@code position}-th code point of {@code text}, at its line and column. */
    private static Problem control(String text, String file, int position, int cp) {
        int[] at = lineColumn(text, position);
        return new Problem(file, at[0], at[1], String.format(java.util.Locale.ROOT,
                "control character U+%04X is not allowed in YAML text", cp));
    }

    /** Line and column (from 1) of the {@code position}-th code point of {@code text}. */
    private static int[] lineColumn(String text, int position) {
        int line = 1;
        int col = 1;
        int i = 0;
        for (int n = 0; n < position && i < text.length(); n++) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return new int[] {line, col};
    }

    private static String tagRefused(String tag) {
        return ScalarText.tagRefused(tag);
    }

    /** The limits SnakeYAML enforces without a position, in words a user can act on. */
    private static String limitMessage(String message) {
        String m = message == null ? "" : message;
        if (m.startsWith("Number of aliases")) {
            return "too many aliases (*name) to lists or mappings; at most " + MAX_ALIASES + " are allowed";
        }
        if (m.startsWith("Nesting Depth exceeded")) {
            return "lists and mappings are nested more than " + MAX_DEPTH + " levels deep";
        }
        if (m.startsWith("The incoming YAML document exceeds the limit")) {
            return "file is larger than " + (Source.MAX_BYTES / 1024) + " KB; a plan or exercise file is much smaller";
        }
        return tidy(m);
    }

    /** Strict UTF-8: a bad byte is reported at its line and column rather than turned into '?'. */
    static String decode(Source source) {
        byte[] bytes = source.read();
        String wide = Utf8.wideEncoding(bytes);
        if (wide != null) {
            // Its first byte would be "not valid UTF-8" or a NUL: neither tells what to do.
            throw new InvalidInputException(new Problem(source.name(), 1, 1,
                    "the file is saved as " + wide + " text; save it as UTF-8"));
        }
        int start = Utf8.bomLength(bytes);
        try {
            return Utf8.strictDecoder().decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            int bad = firstBadByte(bytes, start);
            int line = 1;
            int col = 1;
            for (int i = start; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    col = 1;
                } else if ((bytes[i] & 0xC0) != 0x80) {
                    col++;
                }
            }
            throw new InvalidInputException(new Problem(source.name(), line, col,
                    "not valid UTF-8 text (byte 0x" + String.format(java.util.Locale.ROOT, "%02X", bytes[bad] & 0xff)
                            + "); save the file as UTF-8"));
        }
    }

    private static int firstBadByte(byte[] bytes, int from) {
        CharsetDecoder decoder = Utf8.strictDecoder();
        int lo = from;
        int hi = bytes.length;
        // Binary search on the longest prefix that decodes; a cut through a multi-byte
        // sequence also fails, so step back to the sequence start afterwards.
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            try {
                decoder.reset().decode(ByteBuffer.wrap(bytes, from, mid - from));
                lo = mid;
            } catch (CharacterCodingException e) {
                hi = mid - 1;
            }
        }
        return Math.min(lo, bytes.length - 1);
    }

    /**
     * Refuses explicit tags other than YAML's plain ones (e.g. {@code !!javax.script...}) and
     * aliases that point at their own ancestor, which would make a cyclic graph.
     * Iterative, with an identity set, so a hostile graph cannot overflow the stack.
     */
    private static void checkGraph(Node root, String file, String text) {
        Problems problems = new Problems(file);
        Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Map<Node, Node> parent = new IdentityHashMap<>();
        Deque<Node> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty() && problems.list().size() < 20) {
            Node node = todo.pop();
            if (!seen.add(node)) {
                continue;
            }
            if (!PLAIN_TAGS.contains(node.getTag())) {
                problems.at(node, tagRefused(node.getTag().getValue()));
            } else if (node instanceof org.yaml.snakeyaml.nodes.ScalarNode scalar && ScalarText.problem(scalar) != null) {
                int[] at = forbiddenAt(text, scalar);
                if (at == null) {
                    problems.at(node, ScalarText.problem(scalar));
                } else {
                    problems.at(at[0], at[1], ScalarText.problem(scalar));
                }
            }
            List<Node> kids = new ArrayList<>();
            children(node).forEach(kids::add);
            // Pushed last first, so they are taken in the file's order: the first 20 problems are reported.
            for (int k = kids.size() - 1; k >= 0; k--) {
                Node kid = kids.get(k);
                if (isAncestor(kid, node, parent)) {
                    problems.at(kid, "an alias refers to a node that contains it; recursive YAML is not allowed");
                    continue;
                }
                if (!seen.contains(kid)) {
                    parent.put(kid, node);
                    todo.push(kid);
                }
            }
        }
        problems.throwIfAny();
        if (expandedSize(root, new IdentityHashMap<>()) > Source.MAX_BYTES) {
            throw new InvalidInputException(new Problem(file, 1, 1, "aliases (*name) repeat text until it is larger"
                    + " than " + (Source.MAX_BYTES / 1024) + " KB; a plan or exercise file is much smaller"));
        }
    }

    /**
     * Characters in the document once every alias is replaced by what it names. SnakeYAML
     * limits aliases to lists and mappings, not to text, so {@code [*a, *a, …]} with a long
     * {@code &a} could still blow up. Memoised over the (acyclic, already checked) graph.
     */
    private static long expandedSize(Node node, Map<Node, Long> memo) {
        Long known = memo.get(node);
        if (known != null) {
            return known;
        }
        long size = 1;
        if (node instanceof org.yaml.snakeyaml.nodes.ScalarNode s) {
            size += s.getValue().length();
        }
        for (Node kid : children(node)) {
            size = Math.min(Long.MAX_VALUE / 4, size + expandedSize(kid, memo));
        }
        memo.put(node, size);
        return size;
    }

    private static boolean isAncestor(Node candidate, Node node, Map<Node, Node> parent) {
        for (Node n = node; n != null; n = parent.get(n)) {
            if (n == candidate) {
                return true;
            }
        }
        return false;
    }

    private static Iterable<Node> children(Node node) {
        if (node instanceof SequenceNode seq) {
            return seq.getValue();
        }
        if (node instanceof MappingNode map) {
            java.util.List<Node> kids = new java.util.ArrayList<>();
            for (NodeTuple t : map.getValue()) {
                kids.add(t.getKeyNode());
                kids.add(t.getValueNode());
            }
            return kids;
        }
        return java.util.List.of();
    }
}
