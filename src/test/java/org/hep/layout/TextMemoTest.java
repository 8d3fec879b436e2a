package org.hep.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.hep.compose.Glue;
import org.hep.model.Language;
import org.junit.jupiter.api.Test;

/** A paragraph's lines as set, kept for the next handout, are the lines set afresh: texts, isolates and widths. */
class TextMemoTest {
    /** Characters of uneven widths, so each span's width is a sum worth checking. */
    private static Metrics uneven() {
        return new Metrics() {
            public float width(String text, Face face, float size) {
                float w = 0;
                for (int i = 0; i < text.length(); i++) {
                    w += (text.charAt(i) % 7 + 1) * 0.137f * size * (face == Face.BOLD ? 1.3f : 1f);
                }
                return w;
            }

            public boolean hasGlyph(int codePoint, Face face) {
                return true;
            }

            public float ascent() {
                return 0.8f;
            }

            public float descent() {
                return 0.2f;
            }
        };
    }

    @Test
    void keptLinesAreTheLinesSetAgain() {
        Metrics metrics = uneven();
        TextWrap wrap = new TextWrap(metrics);
        TextMemo memo = TextMemo.forThread(metrics, Glue.of(Language.EN));
        List<List<Span>> paragraphs = List.of(
                List.of(new Span("Keep your knee over your second toe as you bend, then stand up slowly.", Face.REGULAR)),
                List.of(new Span("Stop: ", Face.BOLD), new Span("if the pain is above 5 out of 10 the next morning.", Face.REGULAR)),
                List.of(new Span("Ask \u2067\u05e2\u05e6\u05d5\u05e8 \u05db\u05d0\u05e9\u05e8 \u05d4\u05db\u05d0\u05d1 \u05d7\u05d6\u05e7\u2069 before you go on.",
                        Face.REGULAR)));
        for (List<Span> spans : paragraphs) {
            for (float width : new float[] {40f, 90f, 400f}) {
                TextMemo.Set first = memo.set(spans, 10f, width, wrap);
                TextMemo.Set again = memo.set(new ArrayList<>(spans), 10f, width, wrap);
                TextMemo.Set fresh = TextMemo.forThread(uneven(), Glue.of(Language.EN)).set(spans, 10f, width,
                        new TextWrap(metrics));
                for (TextMemo.Set set : List.of(again, fresh)) {
                    assertEquals(first.lines(), set.lines());
                    assertEquals(first.widths().length, set.widths().length);
                    for (int l = 0; l < first.widths().length; l++) {
                        assertArrayEquals(first.widths()[l], set.widths()[l]);
                    }
                }
                List<List<Span>> wrapped = memo.lines(spans, 10f, width, wrap);
                assertEquals(wrapped.size(), first.lines().size());
                for (int l = 0; l < wrapped.size(); l++) {
                    List<Span> line = first.lines().get(l);
                    assertEquals(wrapped.get(l).size(), line.size());
                    for (int i = 0; i < line.size(); i++) {
                        Span s = line.get(i);
                        assertEquals(metrics.width(s.text(), s.face(), 10f), first.widths()[l][i]);
                        // Only an isolate left open by the line before may be put before a line's first span.
                        assertEquals(true, s.text().endsWith(wrapped.get(l).get(i).text()));
                    }
                }
            }
        }
    }
}
