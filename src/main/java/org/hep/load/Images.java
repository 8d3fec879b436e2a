package org.hep.load;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.hep.model.ImageFile;
import org.hep.model.Origin;
import org.hep.model.JpegInfo;

/**
 * Checks that an image path names a real PNG/JPEG and reads its size without decoding pixels.
 * The file's size is checked before any byte is read, and its pixel count before any pixel is
 * decoded, so a huge or hostile picture costs nothing. The size recorded is the upright one
 * (a phone photo turned by its EXIF orientation), which is what the layout needs.
 */
final class Images {
    /** A 200-megapixel phone photo is about 30 MB; anything larger is not meant for a handout. */
    static final long MAX_BYTES = 32L << 20;
    /** Pixels of one picture; a handout's pictures together have their own limit. */
    static final long MAX_PIXELS = 40_000_000L;

    private Images() {
    }

    /** The image, or null after recording a problem on {@code key}. */
    static ImageFile read(Fields f, String key, String text, Path dir) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (!(lower.endsWith(".png") || lower.endsWith(".jpg") || lower.endsWith(".jpeg"))) {
            f.problem(key, "'" + key + "' must be a PNG or JPEG file (.png, .jpg, .jpeg)");
            return null;
        }
        if (dir == null) {
            f.problem(key, "'" + key + "' needs the YAML to be a file on disk, so the picture can be found next to it");
            return null;
        }
        Path path = dir.resolve(text).normalize();
        String notAFile = notAFile(path);
        if (notAFile != null) {
            f.problem(key, key + " " + notAFile + ": " + text);
            return null;
        }
        if (size(path) > MAX_BYTES) {
            f.problem(key, key + " file is larger than " + (MAX_BYTES >> 20) + " MB: " + text);
            return null;
        }
        InputFiles.record(path);
        try {
            if (lower.endsWith(".png")) {
                String bad;
                try (InputStream in = Files.newInputStream(path)) {
                    bad = PngChecksums.firstBad(in);
                }
                if (bad != null) {
                    f.problem(key, key + " file is damaged (the checksum of its " + bad + " part does not match, as after"
                            + " a broken copy); save the picture again: " + text);
                    return null;
                }
            }
            return header(f, key, text, path);
        } catch (IOException | RuntimeException e) {
            f.problem(key, key + " file is not a readable PNG or JPEG: " + text);
            return null;
        }
    }

    /** Why {@code path} cannot be a picture or font file, or null when it is a regular file. */
    static String notAFile(Path path) {
        if (Files.isRegularFile(path)) {
            return null;
        }
        if (Files.isDirectory(path)) {
            return "is a folder, not a file";
        }
        return Files.exists(path) ? "is not a regular file (a device or pipe)" : "file not found";
    }

    private static ImageFile header(Fields f, String key, String text, Path path) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(path.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                f.problem(key, key + " file is not a readable PNG or JPEG: " + text);
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                String format = reader.getFormatName().toLowerCase(Locale.ROOT);
                if (!format.equals("png") && !format.equals("jpeg")) {
                    f.problem(key, key + " file is not a PNG or JPEG: " + text);
                    return null;
                }
                int w = reader.getWidth(0);
                int h = reader.getHeight(0);
                if (w < 1 || h < 1 || (long) w * h > MAX_PIXELS) {
                    f.problem(key, key + " file is too large (" + w + "×" + h + " pixels; the most is "
                            + MAX_PIXELS / 1_000_000 + " million): " + text);
                    return null;
                }
                JpegInfo jpeg = format.equals("jpeg") ? jpegInfo(path) : new JpegInfo(1, 3, -1);
                Origin at = f.origin(key);
                return jpeg.quarterTurn() ? new ImageFile(path, h, w, at) : new ImageFile(path, w, h, at);
            } finally {
                reader.dispose();
            }
        }
    }

    private static JpegInfo jpegInfo(Path path) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path))) {
            return JpegInfo.read(in);
        }
    }

    private static long size(Path path) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            return 0; // reading it reports the real reason
        }
    }
}
