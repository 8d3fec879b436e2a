package org.hep.render;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;

/**
 * The built-in figures' PDF forms drawn at build time (compressed content, as {@link FigureForms}
 * draws them), at every size and accent the built-in plans and templates print them, kept in the
 * jar under {@code /hep/forms/}, one file per packed figure key. A one-off handout reads its
 * figures' forms instead of drawing their paths and compressing them (a twentieth of its CPU).
 * Each entry holds its keys in full (the drawing, the size as its exact bits, the accent), so a
 * figure at any other size or accent, or whose key only shares the file, is drawn as before.
 * {@code PackedFormsTest} holds the packed forms to what is drawn at run time.
 */
public final class PackedForms {
    static final String FOLDER = "/hep/forms/";
    private static final int VERSION = 1;

    /** While the build packs them: each packed drawing's forms, by size and accent; null otherwise. */
    private static volatile Map<String, Map<String, byte[]>> recording;

    private PackedForms() {
    }

    /** The packed form of drawing {@code packed} at this size and accent, or null when the jar has none. */
    static byte[] read(String packed, float w, float h, int accent) {
        String key = packed + "@" + size(w, h, accent);
        byte[] file = file(name(packed));
        if (file == null) {
            return null;
        }
        try {
            DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(file));
            if (in.readInt() != VERSION) {
                return null;
            }
            for (int n = in.readInt(); n > 0; n--) {
                boolean mine = in.readUTF().equals(key);
                int length = in.readInt();
                if (mine) {
                    byte[] form = in.readNBytes(length);
                    return form.length == length ? form : null; // cut short: drawn as before
                }
                in.skipNBytes(length);
            }
            return null;
        } catch (IOException | RuntimeException e) {
            // A damaged entry costs only the speed-up: the figure is drawn as before.
            return null;
        }
    }

    /** The last file read, kept: a figure drawn as two pictures reads one file for both. */
    private static String lastName;
    private static byte[] lastFile;

    private static synchronized byte[] file(String name) {
        if (!name.equals(lastName)) {
            try (InputStream raw = org.hep.resource.BuiltInResource.open(FOLDER + name)) {
                lastFile = raw == null ? null : raw.readAllBytes();
            } catch (IOException e) {
                lastFile = null;
            }
            lastName = name;
        }
        return lastFile;
    }

    /** Starts keeping every form drawn of a packed figure, for {@link #files()}; the jar's packed forms go unread. */
    public static synchronized void record() {
        recording = new TreeMap<>();
    }

    static boolean recording() {
        return recording != null;
    }

    static synchronized void add(String packed, float w, float h, int accent, byte[] compressed) {
        if (recording != null) {
            recording.computeIfAbsent(figure(packed), k -> new TreeMap<>())
                    .put(packed + "@" + size(w, h, accent), compressed);
        }
    }

    /** The files to put under {@code /hep/forms/} (name to bytes): the forms drawn since {@link #record()}. */
    public static synchronized Map<String, byte[]> files() {
        Map<String, byte[]> files = new TreeMap<>();
        recording.forEach((figure, forms) -> files.put(fileOf(figure), write(forms)));
        return files;
    }

    private static byte[] write(Map<String, byte[]> forms) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(VERSION);
            out.writeInt(forms.size());
            for (Map.Entry<String, byte[]> f : forms.entrySet()) {
                out.writeUTF(f.getKey());
                out.writeInt(f.getValue().length);
                out.write(f.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The figure key of a packed drawing ("KEY#index"): its forms share one file. */
    private static String figure(String packed) {
        return packed.substring(0, packed.lastIndexOf('#'));
    }

    private static String name(String packed) {
        return fileOf(figure(packed));
    }

    private static String fileOf(String figure) {
        return Integer.toHexString(figure.hashCode()) + ".frm";
    }

    private static String size(float w, float h, int accent) {
        return Integer.toHexString(Float.floatToIntBits(w)) + "," + Integer.toHexString(Float.floatToIntBits(h))
                + "," + Integer.toHexString(accent);
    }
}
