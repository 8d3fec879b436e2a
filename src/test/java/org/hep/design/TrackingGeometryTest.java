package org.hep.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.hep.layout.Op;
import org.hep.layout.Page;
import org.hep.layout.PagedHandout;
import org.hep.load.BuiltIns;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Boxes and circles a patient ticks with a pen: at least 5 mm, outlines dark enough to print
 * (3:1 against their paper), in every template; in large print the whole log is at body size.
 */
class TrackingGeometryTest {
    private static final float FIVE_MM = 72f * 5f / 25.4f;

    /** Tick boxes and circles: stroked, on white. */
    private static List<Op.Rect> ticks(PagedHandout h) {
        List<Op.Rect> out = new ArrayList<>();
        for (Page p : h.pages()) {
            for (Op op : p.ops()) {
                if (op instanceof Op.Rect r && r.stroke() != null && r.fill() != null && r.fill() == 0xFFFFFF) {
                    out.add(r);
                }
            }
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"standard", "compact", "large-print"})
    void everyTickBoxIsFiveMillimetresWithADarkOutline(String template) {
        PagedHandout h = DesignGeometryTest.layout(BuiltIns.source("plans/knee-osteoarthritis.yaml"), template);
        List<Op.Rect> ticks = ticks(h);
        assertTrue(ticks.size() >= 6 * 7, template + ": a box per exercise and day, found " + ticks.size());
        for (Op.Rect r : ticks) {
            assertTrue(Math.min(r.w(), r.h()) >= FIVE_MM - 0.01f, template + ": a box " + r.w() + "×" + r.h() + " pt");
            assertTrue(contrast(r.stroke(), 0xFFFFFF) >= 3, template + ": outline contrast " + contrast(r.stroke(), 0xFFFFFF));
            assertTrue(r.lineWidth() >= 1f, "an outline a printer keeps");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"large-print"})
    void inLargePrintTheWholeGlanceWhichIsTheLogIsAtBodySize(String template) {
        PagedHandout h = DesignGeometryTest.layout(BuiltIns.source("plans/knee-osteoarthritis.yaml"), template);
        int texts = 0;
        boolean inLog = false;
        for (Page p : h.pages()) {
            for (Op op : p.ops()) {
                if (!(op instanceof Op.Text t)) {
                    continue;
                }
                if (t.text().equals("Your plan at a glance")) {
                    inLog = true;
                    continue;
                }
                if (t.text().startsWith("My notes") || t.text().startsWith("This handout")) {
                    inLog = false;
                }
                // Page furniture (footer, running head) is drawn untagged, as an artifact: not the log.
                boolean furniture = t.mark() == null;
                if (inLog && !furniture) {
                    texts++;
                    assertEquals(18f, t.size(), 0.01f, "'" + t.text() + "' in the large-print glance");
                }
            }
        }
        assertTrue(texts > 25, "read the log: " + texts + " texts");
    }

    /** WCAG contrast ratio of two sRGB colours. */
    static double contrast(int a, int b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(int rgb) {
        double r = channel((rgb >> 16) & 0xff);
        double g = channel((rgb >> 8) & 0xff);
        double b = channel(rgb & 0xff);
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    }

    private static double channel(int c) {
        double s = c / 255.0;
        return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }
}
