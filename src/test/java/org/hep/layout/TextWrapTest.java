package org.hep.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.hep.compose.Glue;
import org.hep.model.Language;
import org.junit.jupiter.api.Test;

/** Line breaking with a monospaced fake font: every character is 1 unit wide at size 1. */
class TextWrapTest {
    private static final Metrics MONO = monospaced(1);
    /** Bold twice as wide as regular, so the same words break differently in each face. */
    private static final Metrics WIDE_BOLD = monospaced(2);

    /** Every character 1 unit wide at size 1, bold {@code boldWidth} units. */
    private static Metrics monospaced(int boldWidth) {
        return new Metrics() {
            public float width(String text, Face face, float size) {
                return text.codePointCount(0, text.length()) * size * (face == Face.BOLD ? boldWidth : 1);
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

    private final TextWrap wrap = new TextWrap(MONO);

    @Test
    void breaksAtSpacesWithinTheWidth() {
        assertEquals(List.of("one two", "three four", "five six"), wrap.wrap("one two three four five six", Face.REGULAR, 1, 10));
    }

    @Test
    void aWebAddressIsCutAfterItsHostNeverInsideIt() {
        assertEquals(List.of("see", "https://", "www.harbour.example/", "videos/knee-squat"),
                wrap.wrap("see https://www.harbour.example/videos/knee-squat", Face.REGULAR, 1, 22));
        assertEquals(List.of("www.harbour.example/a", "?b=1"), wrap.wrap("www.harbour.example/a?b=1", Face.REGULAR, 1, 22));
    }

    @Test
    void aWordWiderThanTheLineIsCutNeverClipped() {
        assertEquals(List.of("abcdefghij", "klmno xy"), wrap.wrap("abcdefghijklmno xy", Face.REGULAR, 1, 10));
    }

    @Test
    void theLastLineNeverHoldsOneWordAlone() {
        // Greedy breaking would leave "to." alone on the last line.
        assertEquals(List.of("stop if you", "need to."), wrap.wrap("stop if you need to.", Face.REGULAR, 1, 16));
    }

    @Test
    void aLoneLastWordStaysWhenTheTwoWordsWouldNotFit() {
        assertEquals(List.of("aaaa bbbbbbb", "cccccccccc"), wrap.wrap("aaaa bbbbbbb cccccccccc", Face.REGULAR, 1, 12));
    }


    @Test
    void aParagraphLaidOutAgainBreaksAsItsOwnWidthAndFaceAsk() {
        TextMemo memo = TextMemo.forThread(WIDE_BOLD, Glue.of(Language.EN));
        TextWrap w = new TextWrap(WIDE_BOLD);
        List<Span> regular = List.of(new Span("one two three four", Face.REGULAR));
        List<Span> bold = List.of(new Span("one two three four", Face.BOLD));
        assertEquals(List.of("one two", "three four"), texts(memo.lines(regular, 1, 10, w)));
        assertEquals(List.of("one two three four"), texts(memo.lines(regular, 1, 20, w)));
        assertEquals(List.of("one", "two", "three", "four"), texts(memo.lines(bold, 1, 10, w)));
        assertEquals(List.of("one two", "three four"), texts(memo.lines(regular, 1, 10, w)));
    }

    private static List<String> texts(List<List<Span>> lines) {
        return lines.stream().map(TextWrap::joined).toList();
    }

    /** The host check by hand reads what its pattern reads, letters and numbers of any script included. */
    @Test
    void hostsAreWhatThePatternMatches() {
        java.util.regex.Pattern pattern = java.util.regex.Pattern.compile("[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+(:\\d+)?");
        String[] parts = {"a", "\u00e9", "1", "\u0663", "\u216b", "\u00bd", "-", ".", ":", "/", " ", "_", "\ud835\udc00", "9", "x"};
        java.util.Random random = new java.util.Random(3);
        for (int n = 0; n < 20000; n++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(9); i > 0; i--) {
                b.append(parts[random.nextInt(parts.length)]);
            }
            String host = b.toString();
            assertEquals(pattern.matcher(host).matches(), TextWrap.looksLikeHost(host), host);
        }
        for (String host : List.of("example.com", "www.example.com:8080", "a.b:", "a..b", ".a.b", "a.b.", "localhost", "h\u00f4pital.fr", "a.b:8x")) {
            assertEquals(pattern.matcher(host).matches(), TextWrap.looksLikeHost(host), host);
        }
    }
}
