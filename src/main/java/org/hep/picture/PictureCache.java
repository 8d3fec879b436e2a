package org.hep.picture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hep.io.FileIdentity;

/**
 * Encoded pictures kept for the life of the JVM, so a batch that prints the clinic's logo on
 * every handout decodes it once. Keyed by the file's identity, size and change time (a
 * picture named through many links is one picture) and by the size it is drawn at; the
 * least recently used go first once the cache holds {@link #MAX_BYTES}.
 */
public final class PictureCache {
    static final long MAX_BYTES = 32L << 20;

    private record Key(Object file, long size, long modified, int width, int height) {
    }

    private static final Map<Key, PictureEncoder.Encoded> CACHE = new LinkedHashMap<>(16, 0.75f, true);
    private static long bytes;

    private PictureCache() {
    }

    /**
     * The picture reduced to at most {@code maxW} × {@code maxH} pixels, upright, encoded again.
     *
     * @throws DamagedPictureException when the picture data does not decode in full
     * @throws PictureMemoryException when the heap cannot hold the picture while it is decoded
     */
    public static PictureEncoder.Encoded get(Path path, int maxW, int maxH) throws IOException {
        try {
            return cached(path, maxW, maxH);
        } catch (PictureEncoder.Damaged e) {
            throw new DamagedPictureException(path, e);
        } catch (OutOfMemoryError e) {
            // The decoded pixels are garbage once this is thrown, so the heap is usable again.
            throw new PictureMemoryException(path);
        }
    }

    private static PictureEncoder.Encoded cached(Path path, int maxW, int maxH) throws PictureEncoder.Damaged, IOException {
        BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
        Object id = FileIdentity.of(path, a);
        Key key = new Key(id, a.size(), a.lastModifiedTime().toMillis(), maxW, maxH);
        synchronized (CACHE) {
            PictureEncoder.Encoded hit = CACHE.get(key);
            if (hit != null) {
                return hit;
            }
        }
        PictureEncoder.Encoded made = PictureEncoder.encode(path, maxW, maxH);
        synchronized (CACHE) {
            if (CACHE.put(key, made) == null) {
                bytes += made.bytes();
            }
            var oldest = CACHE.entrySet().iterator();
            while (bytes > MAX_BYTES && oldest.hasNext()) {
                bytes -= oldest.next().getValue().bytes();
                oldest.remove();
            }
        }
        return made;
    }
}
