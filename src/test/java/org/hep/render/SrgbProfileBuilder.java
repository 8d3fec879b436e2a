package org.hep.render;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Builds, from published numbers only, the small ICC v2 sRGB profile that hep embeds as the
 * PDF/A output intent ({@code src/main/resources/hep/color/srgb.icc}). The JDK's own sRGB profile
 * differs between JDK builds, which made handouts differ byte for byte between JDK 17 and 25.
 *
 * <p>Inputs: the sRGB primaries and D65 white point of IEC 61966-2-1 (chromaticities), the ICC
 * D50 connection-space white, the Bradford cone matrix for chromatic adaptation, and the sRGB
 * transfer function, sampled at 64 points (read linearly between them, within 1/10,000 of the
 * curve: 64 points instead of 1,024 take 2 KB off every handout). Everything else is the
 * ICC.1:2001 (v2.1) layout: a 128-byte header, a tag table, then the tags.
 */
final class SrgbProfileBuilder {
    static final double[][] PRIMARIES = {{0.64, 0.33}, {0.30, 0.60}, {0.15, 0.06}};
    static final double[] D65 = {0.3127, 0.3290};
    static final double[] D50_XYZ = {0.9642, 1.0, 0.8249};
    static final double[][] BRADFORD = {{0.8951, 0.2664, -0.1614}, {-0.7502, 1.7135, 0.0367}, {0.0389, -0.0685, 1.0296}};
    static final int CURVE_POINTS = 64;

    private SrgbProfileBuilder() {
    }

    static byte[] build() {
        double[][] rgbToXyzD50 = multiply(adaptation(), rgbToXyz());
        byte[][] tags = {
            description("sRGB IEC61966-2.1 (hep)"),
            text("No copyright; built by hep from the published sRGB and ICC numbers"),
            xyz(D50_XYZ),
            xyz(column(rgbToXyzD50, 0)),
            xyz(column(rgbToXyzD50, 1)),
            xyz(column(rgbToXyzD50, 2)),
            curve(),
        };
        String[] signatures = {"desc", "cprt", "wtpt", "rXYZ", "gXYZ", "bXYZ", "rTRC", "gTRC", "bTRC"};
        int[] tagOf = {0, 1, 2, 3, 4, 5, 6, 6, 6}; // the three tone curves share one tag's bytes
        int tableSize = 4 + 12 * signatures.length;
        int[] offsets = new int[tags.length];
        int at = 128 + tableSize;
        for (int i = 0; i < tags.length; i++) {
            offsets[i] = at;
            at += (tags[i].length + 3) & ~3;
        }
        ByteBuffer b = ByteBuffer.allocate(at);
        header(b, at);
        b.putInt(signatures.length);
        for (int i = 0; i < signatures.length; i++) {
            b.put(ascii(signatures[i]));
            b.putInt(offsets[tagOf[i]]);
            b.putInt(tags[tagOf[i]].length);
        }
        for (int i = 0; i < tags.length; i++) {
            b.position(offsets[i]);
            b.put(tags[i]);
        }
        return b.array();
    }

    private static void header(ByteBuffer b, int size) {
        b.putInt(size);
        b.putInt(0);                      // preferred CMM: none
        b.putInt(0x02100000);             // version 2.1
        b.put(ascii("mntr"));             // display device
        b.put(ascii("RGB "));
        b.put(ascii("XYZ "));             // profile connection space
        for (int v : new int[] {2026, 1, 1, 0, 0, 0}) {
            b.putShort((short) v);        // a fixed date, so the bytes never change
        }
        b.put(ascii("acsp"));
        b.putInt(0);                      // platform
        b.putInt(0);                      // flags
        b.putInt(0);                      // manufacturer
        b.putInt(0);                      // model
        b.putLong(0);                     // attributes
        b.putInt(0);                      // rendering intent: perceptual
        for (double v : D50_XYZ) {
            b.putInt(s15Fixed16(v));      // illuminant of the connection space
        }
        b.putInt(0);                      // creator
        b.position(128);                  // profile ID (v4 only) and reserved bytes stay zero
    }

    /** RGB → XYZ (D65) from the primaries' chromaticities and the white point, as in SMPTE RP 177. */
    static double[][] rgbToXyz() {
        double[][] p = new double[3][3];
        for (int i = 0; i < 3; i++) {
            double x = PRIMARIES[i][0];
            double y = PRIMARIES[i][1];
            p[0][i] = x / y;
            p[1][i] = 1;
            p[2][i] = (1 - x - y) / y;
        }
        double[] white = {D65[0] / D65[1], 1, (1 - D65[0] - D65[1]) / D65[1]};
        double[] s = multiply(invert(p), white);
        double[][] m = new double[3][3];
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                m[r][c] = p[r][c] * s[c];
            }
        }
        return m;
    }

    /** Bradford adaptation from D65 to the D50 connection space. */
    static double[][] adaptation() {
        double[] d65 = {D65[0] / D65[1], 1, (1 - D65[0] - D65[1]) / D65[1]};
        double[] src = multiply(BRADFORD, d65);
        double[] dst = multiply(BRADFORD, D50_XYZ);
        double[][] scale = {{dst[0] / src[0], 0, 0}, {0, dst[1] / src[1], 0}, {0, 0, dst[2] / src[2]}};
        return multiply(invert(BRADFORD), multiply(scale, BRADFORD));
    }

    /** The sRGB transfer function (IEC 61966-2-1): linear near black, a 2.4 power above. */
    static double decode(double v) {
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    private static byte[] curve() {
        ByteBuffer b = ByteBuffer.allocate(12 + 2 * CURVE_POINTS);
        b.put(ascii("curv")).putInt(0).putInt(CURVE_POINTS);
        for (int i = 0; i < CURVE_POINTS; i++) {
            b.putShort((short) Math.round(decode(i / (double) (CURVE_POINTS - 1)) * 65535));
        }
        return b.array();
    }

    private static byte[] xyz(double[] v) {
        ByteBuffer b = ByteBuffer.allocate(20);
        b.put(ascii("XYZ ")).putInt(0);
        for (double d : v) {
            b.putInt(s15Fixed16(d));
        }
        return b.array();
    }

    private static byte[] text(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(ascii("text"));
        out.writeBytes(new byte[4]);
        out.writeBytes(ascii(s));
        out.write(0);
        return out.toByteArray();
    }

    /** textDescriptionType: ASCII, then empty Unicode and ScriptCode parts (67 bytes of script code). */
    private static byte[] description(String s) {
        ByteBuffer b = ByteBuffer.allocate(12 + s.length() + 1 + 8 + 3 + 67);
        b.put(ascii("desc")).putInt(0).putInt(s.length() + 1).put(ascii(s)).put((byte) 0);
        b.putInt(0).putInt(0);            // Unicode language code and count
        b.putShort((short) 0).put((byte) 0); // ScriptCode code and count
        return b.array();
    }

    static int s15Fixed16(double v) {
        return (int) Math.round(v * 65536);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static double[] column(double[][] m, int c) {
        return new double[] {m[0][c], m[1][c], m[2][c]};
    }

    static double[] multiply(double[][] m, double[] v) {
        double[] out = new double[3];
        for (int r = 0; r < 3; r++) {
            out[r] = m[r][0] * v[0] + m[r][1] * v[1] + m[r][2] * v[2];
        }
        return out;
    }

    static double[][] multiply(double[][] a, double[][] b) {
        double[][] out = new double[3][3];
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                out[r][c] = a[r][0] * b[0][c] + a[r][1] * b[1][c] + a[r][2] * b[2][c];
            }
        }
        return out;
    }

    static double[][] invert(double[][] m) {
        double det = m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1])
                - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
                + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
        double[][] inv = new double[3][3];
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                double[][] minor = new double[2][2];
                for (int i = 0, mi = 0; i < 3; i++) {
                    if (i == c) {
                        continue;
                    }
                    for (int j = 0, mj = 0; j < 3; j++) {
                        if (j != r) {
                            minor[mi][mj++] = m[i][j];
                        }
                    }
                    mi++;
                }
                double cof = minor[0][0] * minor[1][1] - minor[0][1] * minor[1][0];
                inv[r][c] = ((r + c) % 2 == 0 ? 1 : -1) * cof / det;
            }
        }
        return inv;
    }
}
