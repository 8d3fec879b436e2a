package org.hep.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.hep.model.ImageFile;

/** Checks that an image path names a real PNG/JPEG and reads its size without decoding pixels. */
final class Images {
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
        if (!Files.isRegularFile(path)) {
            f.problem(key, key + " file not found: " + text);
            return null;
        }
        InputFiles.record(path);
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
                if (w < 1 || h < 1 || (long) w * h > 40_000_000L) {
                    f.problem(key, key + " file is too large (" + w + "×" + h + " pixels): " + text);
                    return null;
                }
                return new ImageFile(path, w, h);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            f.problem(key, key + " file is not a readable PNG or JPEG: " + text);
            return null;
        }
    }
}
