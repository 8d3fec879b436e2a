package org.hep.model;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/**
 * What a JPEG's header says beyond its size: the EXIF orientation a phone writes instead of
 * turning the pixels (so a portrait photo is stored sideways), and the number of colour
 * components (4 means CMYK or YCCK). Reads markers up to the first scan only, with every length
 * and offset checked, so a hostile header costs at most a few kilobytes of reading.
 *
 * @param orientation 1 (as stored) to 8, as in EXIF: 6 means turn 90° clockwise to view
 * @param components  colour components of the frame, 0 when no frame header was found
 * @param adobe       the colour transform of an Adobe APP14 segment (0 none: CMYK; 2 YCCK), -1 without one
 */
public record JpegInfo(int orientation, int components, int adobe) {
    private static final int MAX_SEGMENT = 65_535;

    /** What the stream's header says; {@code (1, 0)} for a stream that is not a readable JPEG header. */
    public static JpegInfo read(InputStream stream) throws IOException {
        DataInputStream in = new DataInputStream(stream);
        int orientation = 1;
        int adobe = -1;
        try {
            if (in.readUnsignedShort() != 0xFFD8) {
                return new JpegInfo(1, 0, -1);
            }
            for (int segments = 0; segments < 200; segments++) {
                int marker = in.readUnsignedShort();
                while (marker == 0xFFFF) {
                    marker = 0xFF00 | in.readUnsignedByte(); // fill bytes
                }
                if ((marker & 0xFF00) != 0xFF00 || marker == 0xFFDA || marker == 0xFFD9) {
                    break;
                }
                int length = in.readUnsignedShort() - 2;
                if (length < 0 || length > MAX_SEGMENT) {
                    break;
                }
                byte[] data = in.readNBytes(length);
                if (data.length < length) {
                    break;
                }
                if (marker == 0xFFE1) {
                    orientation = exifOrientation(data, orientation);
                } else if (marker == 0xFFEE && data.length >= 12 && new String(data, 0, 5,
                        java.nio.charset.StandardCharsets.ISO_8859_1).equals("Adobe")) {
                    adobe = data[11] & 0xFF;
                } else if (isFrame(marker) && data.length >= 6) {
                    return new JpegInfo(orientation, data[5] & 0xFF, adobe);
                }
            }
        } catch (EOFException e) {
            // a short header: whatever was found so far
        }
        return new JpegInfo(orientation, 0, adobe);
    }

    /** True when the stored pixels must be turned a quarter for viewing (width and height swap). */
    public boolean quarterTurn() {
        return orientation >= 5 && orientation <= 8;
    }

    private static boolean isFrame(int marker) {
        return marker >= 0xFFC0 && marker <= 0xFFCF && marker != 0xFFC4 && marker != 0xFFC8 && marker != 0xFFCC;
    }

    /** Tag 0x0112 of IFD0 in an "Exif\0\0" APP1 segment; {@code otherwise} when absent or malformed. */
    static int exifOrientation(byte[] d, int otherwise) {
        if (d.length < 14 || d[0] != 'E' || d[1] != 'x' || d[2] != 'i' || d[3] != 'f' || d[4] != 0 || d[5] != 0) {
            return otherwise;
        }
        int tiff = 6;
        boolean little = d[tiff] == 'I' && d[tiff + 1] == 'I';
        if (!little && !(d[tiff] == 'M' && d[tiff + 1] == 'M')) {
            return otherwise;
        }
        long ifd = tiff + u32(d, tiff + 4, little);
        if (ifd < tiff || ifd + 2 > d.length) {
            return otherwise;
        }
        int count = u16(d, (int) ifd, little);
        for (int i = 0; i < count; i++) {
            int entry = (int) ifd + 2 + 12 * i;
            if (entry + 12 > d.length) {
                return otherwise;
            }
            if (u16(d, entry, little) == 0x0112 && u16(d, entry + 2, little) == 3) {
                int value = u16(d, entry + 8, little);
                return value >= 1 && value <= 8 ? value : otherwise;
            }
        }
        return otherwise;
    }

    private static int u16(byte[] d, int at, boolean little) {
        int a = d[at] & 0xFF;
        int b = d[at + 1] & 0xFF;
        return little ? a | b << 8 : a << 8 | b;
    }

    private static long u32(byte[] d, int at, boolean little) {
        long hi = u16(d, little ? at + 2 : at, little);
        long lo = u16(d, little ? at : at + 2, little);
        return hi << 16 | lo;
    }
}
