package org.hep.figure;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The built-in exercises' figures drawn at build time: each drawing's shapes and bounds, kept
 * in the jar under {@code /hep/figures/} and named by the hash of its {@link FigureKey}. A
 * one-off handout reads its figures back instead of solving their poses (placing each pose on
 * the floor, and the in-between poses a motion arrow follows), which was a tenth of its CPU.
 * Each file holds its keys in full, so a figure whose key only shares the hash is drawn as
 * before; numbers are kept as their exact bits, so a figure read back draws the same bytes.
 * {@code PackedFiguresTest} holds every packed drawing to what the solver draws.
 */
public final class PackedFigures {
    static final String FOLDER = "/hep/figures/";
    private static final int VERSION = 1;

    private PackedFigures() {
    }

    /** The packed drawings of {@code key} (a {@link FigureKey}), or null when the jar has none for it. */
    public static List<Drawing> read(String key) {
        byte[] bytes;
        try (InputStream raw = org.hep.resource.BuiltInResource.open(FOLDER + name(key))) {
            if (raw == null) {
                return null;
            }
            bytes = raw.readAllBytes();
        } catch (IOException e) {
            return null;
        }
        try {
            Reader in = new Reader(bytes);
            if (in.i32() != VERSION) {
                return null;
            }
            for (int n = in.i32(); n > 0; n--) {
                boolean mine = in.utf().equals(key);
                List<Drawing> drawings = drawings(in, key);
                if (mine) {
                    return drawings;
                }
            }
            return null;
        } catch (RuntimeException e) {
            // A damaged entry costs only the speed-up: the figure is solved as before.
            return null;
        }
    }

    /**
     * The files to put under {@code /hep/figures/} (name to bytes) for the built-in figures
     * {@code specs}, each drawn every way a handout or the figure sheet may ask for it.
     */
    public static Map<String, byte[]> files(List<FigureSpec> specs) {
        Map<String, Map<String, List<Drawing>>> byName = new TreeMap<>();
        for (FigureSpec spec : specs) {
            for (String way : Scene.waysOf(spec)) {
                String key = FigureKey.of(spec, way);
                byName.computeIfAbsent(name(key), k -> new TreeMap<>()).put(key, Scene.solve(spec, way));
            }
        }
        Map<String, byte[]> files = new TreeMap<>();
        byName.forEach((name, entries) -> files.put(name, write(entries)));
        return files;
    }

    static String name(String key) {
        return Integer.toHexString(key.hashCode()) + ".fig";
    }

    private static byte[] write(Map<String, List<Drawing>> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(VERSION);
            out.writeInt(entries.size());
            for (Map.Entry<String, List<Drawing>> e : entries.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeInt(e.getValue().size());
                for (Drawing d : e.getValue()) {
                    write(d, out);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void write(Drawing d, DataOutputStream out) throws IOException {
        out.writeByte(d.bounds().length);
        for (double x : d.bounds()) {
            out.writeDouble(x);
        }
        out.writeInt(d.shapes().size());
        for (Shape s : d.shapes()) {
            out.writeByte(s.role().ordinal());
            out.writeInt(s.path().segs().size());
            for (Path2.Seg seg : s.path().segs()) {
                out.writeByte(seg.op());
                out.writeByte(seg.pts().length);
                for (double x : seg.pts()) {
                    out.writeDouble(x);
                }
            }
        }
    }

    private static List<Drawing> drawings(Reader in, String key) {
        Role[] roles = Role.values();
        int count = in.i32();
        List<Drawing> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            double[] bounds = in.numbers(in.u8());
            int shapes = in.i32();
            List<Shape> list = new ArrayList<>(shapes);
            for (int j = 0; j < shapes; j++) {
                Role role = roles[in.u8()];
                Path2 path = new Path2();
                for (int k = in.i32(); k > 0; k--) {
                    char op = (char) in.u8();
                    path.seg(op, in.numbers(in.u8()));
                }
                list.add(new Shape(role, path));
            }
            out.add(new Drawing(list, bounds, null, key + "#" + i));
        }
        return out;
    }

    /**
     * Reads what {@link DataOutputStream} wrote, from the whole file in memory: a one-off
     * handout reads some ten thousand numbers before the JIT compiles anything, and a data
     * stream's layers of calls per number cost a few milliseconds there.
     */
    private static final class Reader {
        private final byte[] b;
        private int at;

        Reader(byte[] b) {
            this.b = b;
        }

        int u8() {
            return b[at++] & 0xFF;
        }

        int i32() {
            int v = (b[at] & 0xFF) << 24 | (b[at + 1] & 0xFF) << 16 | (b[at + 2] & 0xFF) << 8 | b[at + 3] & 0xFF;
            at += 4;
            return v;
        }

        /** Written by writeUTF: modified UTF-8, which for a key's characters is plain UTF-8 (no NUL, no surrogates). */
        String utf() {
            int n = (b[at] & 0xFF) << 8 | b[at + 1] & 0xFF;
            String s = new String(b, at + 2, n, java.nio.charset.StandardCharsets.UTF_8);
            at += 2 + n;
            return s;
        }

        double[] numbers(int n) {
            double[] q = new double[n];
            for (int i = 0; i < n; i++) {
                long v = 0;
                for (int k = 0; k < 8; k++) {
                    v = v << 8 | b[at++] & 0xFF;
                }
                q[i] = Double.longBitsToDouble(v);
            }
            return q;
        }
    }
}
