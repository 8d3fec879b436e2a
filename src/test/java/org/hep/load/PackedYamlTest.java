package org.hep.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The jar's own YAML files, read from their packed nodes, give the very nodes the parser
 * makes of their text: readers and their messages cannot tell the difference.
 */
class PackedYamlTest {
    @Test
    void everyBuiltInFileReadsBackAsTheParserMadeIt() throws IOException {
        Path root = Path.of("target/classes/hep");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> FileNames.isYaml(p.getFileName().toString())).toList();
        }
        assertTrue(files.size() > 100, "built-in YAML files: " + files.size());
        for (Path file : files) {
            String resource = "/" + root.getParent().relativize(file).toString().replace('\\', '/');
            Node packed = YamlDocument.parse(Source.resource(resource, resource));
            assertNotNull(PackedYaml.read(resource), "not packed: " + resource);
            Node parsed;
            try (InputStream in = PackedYamlTest.class.getResourceAsStream(resource)) {
                parsed = YamlDocument.parse(Source.bytes(resource, null, in.readAllBytes()));
            }
            same(parsed, packed, resource, new IdentityHashMap<>());
        }
    }

    @Test
    void aliasesStayOneNodeAndEmptyFilesStayEmpty() {
        Node root = YamlDocument.parse(Source.bytes("a.yaml", null,
                "base: &b {sets: 3, reps: '8-12'}\nagain: *b\nlist: [1, 2.5, true, ~, 2026-01-15]\n".getBytes()));
        Node back = readBack(root);
        same(root, back, "a.yaml", new IdentityHashMap<>());
        List<NodeTuple> pairs = ((MappingNode) back).getValue();
        assertSame(pairs.get(0).getValueNode(), pairs.get(1).getValueNode());
        assertEquals(null, readBack(null));
    }

    private static Node readBack(Node root) {
        return PackedYaml.read(PackedYaml.write(root));
    }

    private static void same(Node expected, Node actual, String where, Map<Node, Node> seen) {
        Node before = seen.get(expected);
        if (before != null) {
            assertSame(before, actual, where + ": an alias became a copy");
            return;
        }
        seen.put(expected, actual);
        String at = where + ":" + (expected.getStartMark().getLine() + 1) + ":" + (expected.getStartMark().getColumn() + 1);
        assertEquals(expected.getClass(), actual.getClass(), at);
        assertEquals(expected.getTag(), actual.getTag(), at);
        mark(expected.getStartMark(), actual.getStartMark(), at);
        mark(expected.getEndMark(), actual.getEndMark(), at);
        if (expected instanceof ScalarNode s) {
            assertEquals(s.getValue(), ((ScalarNode) actual).getValue(), at);
            assertEquals(s.getScalarStyle(), ((ScalarNode) actual).getScalarStyle(), at);
        } else if (expected instanceof SequenceNode seq) {
            SequenceNode other = (SequenceNode) actual;
            assertEquals(seq.getFlowStyle(), other.getFlowStyle(), at);
            assertEquals(seq.getValue().size(), other.getValue().size(), at);
            for (int i = 0; i < seq.getValue().size(); i++) {
                same(seq.getValue().get(i), other.getValue().get(i), where, seen);
            }
        } else {
            MappingNode map = (MappingNode) expected;
            MappingNode other = (MappingNode) actual;
            assertEquals(map.getFlowStyle(), other.getFlowStyle(), at);
            assertEquals(map.getValue().size(), other.getValue().size(), at);
            List<NodeTuple> a = map.getValue();
            List<NodeTuple> b = new ArrayList<>(other.getValue());
            for (int i = 0; i < a.size(); i++) {
                same(a.get(i).getKeyNode(), b.get(i).getKeyNode(), where, seen);
                same(a.get(i).getValueNode(), b.get(i).getValueNode(), where, seen);
            }
        }
    }

    private static void mark(Mark expected, Mark actual, String at) {
        assertEquals(expected.getIndex(), actual.getIndex(), at + " index");
        assertEquals(expected.getLine(), actual.getLine(), at + " line");
        assertEquals(expected.getColumn(), actual.getColumn(), at + " column");
    }
}
