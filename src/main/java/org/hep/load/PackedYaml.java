package org.hep.load;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A YAML file's node graph as the parser made it, written compactly at build time for each
 * of the jar's own plans, exercises and templates ({@link LibraryPack}) and read back into
 * the same nodes: a one-off handout then runs no YAML scanner, parser or resolver for the
 * files it uses. Each node keeps its tag, value, style and marks (line, column and index), so
 * readers and their messages see no difference; a node reached twice (an alias) is one node.
 */
final class PackedYaml {
    /** The companion of a built-in YAML resource, beside it in the jar. */
    static final String SUFFIX = ".nodes";
    private static final int VERSION = 2;
    private static final Tag[] TAGS = {Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.SEQ, Tag.MAP, Tag.TIMESTAMP};
    private static final DumperOptions.ScalarStyle[] SCALAR_STYLES = DumperOptions.ScalarStyle.values();
    private static final DumperOptions.FlowStyle[] FLOW_STYLES = DumperOptions.FlowStyle.values();
    private static final int SCALAR = 0;
    private static final int SEQUENCE = 1;
    private static final int MAPPING = 2;
    private static final int SEEN = 3;
    private static final int EMPTY = 4;
    /** Marks are read for their line, column and index only; the text around them is never shown. */
    private static final int[] NO_TEXT = new int[0];

    private PackedYaml() {
    }

    /** The packed form of {@code root} (null: an empty file). */
    static byte[] write(Node root) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(VERSION);
            if (root == null) {
                out.writeByte(EMPTY);
            } else {
                write(root, out, new IdentityHashMap<>());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void write(Node node, DataOutputStream out, Map<Node, Integer> ids) throws IOException {
        Integer id = ids.get(node);
        if (id != null) {
            out.writeByte(SEEN);
            var(id, out);
            return;
        }
        ids.put(node, ids.size());
        int tag = List.of(TAGS).indexOf(node.getTag());
        if (tag < 0) {
            throw new IllegalArgumentException("tag " + node.getTag() + " cannot be packed");
        }
        if (node instanceof ScalarNode s) {
            out.writeByte(SCALAR);
            head(node, tag, out);
            out.writeByte(s.getScalarStyle().ordinal());
            byte[] value = s.getValue().getBytes(StandardCharsets.UTF_8);
            var(value.length, out);
            out.write(value);
        } else if (node instanceof SequenceNode seq) {
            out.writeByte(SEQUENCE);
            head(node, tag, out);
            out.writeByte(seq.getFlowStyle().ordinal());
            var(seq.getValue().size(), out);
            for (Node kid : seq.getValue()) {
                write(kid, out, ids);
            }
        } else if (node instanceof MappingNode map) {
            out.writeByte(MAPPING);
            head(node, tag, out);
            out.writeByte(map.getFlowStyle().ordinal());
            var(map.getValue().size(), out);
            for (NodeTuple t : map.getValue()) {
                write(t.getKeyNode(), out, ids);
                write(t.getValueNode(), out, ids);
            }
        } else {
            throw new IllegalArgumentException("node " + node.getNodeId() + " cannot be packed");
        }
    }

    private static void head(Node node, int tag, DataOutputStream out) throws IOException {
        out.writeByte(tag);
        mark(node.getStartMark(), out);
        mark(node.getEndMark(), out);
    }

    private static void mark(Mark m, DataOutputStream out) throws IOException {
        var(m.getIndex(), out);
        var(m.getLine(), out);
        var(m.getColumn(), out);
    }

    /** A count or position (never negative) in 7-bit groups, low first: most take one or two bytes. */
    private static void var(int v, DataOutputStream out) throws IOException {
        while ((v & ~0x7f) != 0) {
            out.writeByte(v & 0x7f | 0x80);
            v >>>= 7;
        }
        out.writeByte(v);
    }

    /**
     * The nodes packed beside built-in resource {@code resource}, or null when the jar has none
     * (a build without the packing step) or they were packed by another version of this class.
     */
    static Node read(String resource) {
        try (InputStream in = org.hep.resource.BuiltInResource.open(resource + SUFFIX)) {
            return in == null ? null : read(in.readAllBytes());
        } catch (IOException e) {
            return null;
        }
    }

    /** The nodes {@link #write} packed into {@code packed}; null for another version's bytes (or an empty file). */
    static Node read(byte[] packed) {
        Reader r = new Reader(packed);
        return r.i32() != VERSION ? null : r.node();
    }

    /** Reads the packed bytes; plain array reads, as a one-off handout runs this code cold. */
    private static final class Reader {
        private final byte[] b;
        private int at;
        private final List<Node> seen = new ArrayList<>();

        Reader(byte[] b) {
            this.b = b;
        }

        int u8() {
            return b[at++] & 0xff;
        }

        int i32() {
            int v = (b[at] & 0xff) << 24 | (b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 8 | (b[at + 3] & 0xff);
            at += 4;
            return v;
        }

        int var() {
            int v = 0;
            for (int shift = 0; ; shift += 7) {
                int b8 = b[at++];
                v |= (b8 & 0x7f) << shift;
                if (b8 >= 0) {
                    return v;
                }
            }
        }

        Mark mark() {
            int index = var();
            int line = var();
            int column = var();
            return new Mark("reader", index, line, column, NO_TEXT, 0);
        }

        Node node() {
            int kind = u8();
            if (kind == EMPTY) {
                return null;
            }
            if (kind == SEEN) {
                return seen.get(var());
            }
            int slot = seen.size();
            seen.add(null);
            Tag tag = TAGS[u8()];
            Mark start = mark();
            Mark end = mark();
            int style = u8();
            int count = var();
            Node node;
            if (kind == SCALAR) {
                String value = new String(b, at, count, StandardCharsets.UTF_8);
                at += count;
                node = new ScalarNode(tag, true, value, start, end, SCALAR_STYLES[style]);
                seen.set(slot, node);
            } else if (kind == SEQUENCE) {
                List<Node> kids = new ArrayList<>(count);
                SequenceNode seq = new SequenceNode(tag, true, kids, start, end, FLOW_STYLES[style]);
                seen.set(slot, seq);
                for (int i = 0; i < count; i++) {
                    kids.add(node());
                }
                node = seq;
            } else {
                List<NodeTuple> pairs = new ArrayList<>(count);
                MappingNode map = new MappingNode(tag, true, pairs, start, end, FLOW_STYLES[style]);
                seen.set(slot, map);
                for (int i = 0; i < count; i++) {
                    Node key = node();
                    pairs.add(new NodeTuple(key, node()));
                }
                node = map;
            }
            return node;
        }
    }
}
