package org.hep.summary;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.hep.compose.Block;
import org.hep.compose.Card;
import org.hep.compose.Handout;
import org.hep.compose.Meta;
import org.hep.dose.DoseStrip;
import org.hep.model.Dose;
import org.hep.model.DoseKey;
import org.hep.model.Progression;
import org.hep.model.Exercise;

/**
 * JSON with the stable keys documented in docs/summary-formats.md. Every documented key is
 * always present (null or [] when the plan says nothing), so scripts never test for absence.
 */
final class JsonSummary {
    /** Bumped only when a key changes meaning or goes away; new keys may appear without it. */
    static final int VERSION = 1;
    /** Characters beyond U+FFFF (emoji) as their UTF-8 bytes, as all others are, not as two escaped surrogates: grep finds them. */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.json.JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();
    /** Two-space indent, one array item per line, "key": value; LF line ends on every platform. */
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("").withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private JsonSummary() {
    }

    @FunctionalInterface
    interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    /** Pretty-printed UTF-8 JSON ending with a newline. */
    static byte[] write(Body body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator g = FACTORY.createGenerator(bytes, JsonEncoding.UTF8)) {
            g.setPrettyPrinter(PRETTY.createInstance());
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        bytes.write('\n');
        return bytes.toByteArray();
    }

    static byte[] plan(Handout handout) {
        Meta meta = handout.meta();
        return write(g -> {
            g.writeStartObject();
            g.writeNumberField("version", VERSION);
            g.writeStringField("id", meta.planId());
            g.writeStringField("title", meta.title());
            g.writeStringField("condition", meta.condition());
            g.writeStringField("language", meta.language().tag());
            g.writeObjectFieldStart("schedule");
            number(g, "per_day", meta.schedule().perDay());
            number(g, "days_per_week", meta.schedule().daysPerWeek());
            g.writeStringField("words", meta.scheduleWords());
            g.writeEndObject();
            education(g, handout.block(Block.Education.class));
            g.writeArrayFieldStart("exercises");
            for (Card card : handout.cards()) {
                g.writeStartObject();
                g.writeNumberField("number", card.number());
                g.writeStringField("id", card.id());
                g.writeStringField("name", card.name());
                g.writeStringField("summary", card.purpose());
                dose(g, card);
                strip(g, card);
                g.writeStringField("start", card.start());
                strings(g, "steps", card.steps());
                strings(g, "cues", card.tips());
                strings(g, "cautions", card.cautions());
                g.writeStringField("notes", card.note());
                strings(g, "equipment", card.equipment());
                media(g, card);
                g.writeEndObject();
            }
            g.writeEndArray();
            Block.Advice advice = handout.block(Block.Advice.class);
            strings(g, "advice", advice == null ? List.of() : advice.items());
            g.writeEndObject();
        });
    }

    static byte[] exercise(Card card, Exercise ex) {
        return write(g -> {
            g.writeStartObject();
            g.writeNumberField("version", VERSION);
            g.writeStringField("id", card.id());
            g.writeStringField("name", card.name());
            strings(g, "aliases", ex.aliases());
            g.writeStringField("summary", card.purpose());
            strings(g, "regions", ex.regions());
            strings(g, "tags", ex.tags());
            dose(g, card);
            strip(g, card);
            g.writeStringField("start", card.start());
            strings(g, "steps", card.steps());
            strings(g, "cues", card.tips());
            strings(g, "cautions", card.cautions());
            strings(g, "equipment", card.equipment());
            g.writeStringField("video", card.video() == null ? null : card.video().url());
            g.writeStringField("picture_alt", card.picture() == null ? null : card.picture().alt());
            pictures(g, card);
            g.writeEndObject();
        });
    }

    /** The {@code dose} object (one or more fields per dose key) plus {@code dose_words} and {@code frequency_words}. */
    private static void dose(JsonGenerator g, Card card) throws IOException {
        g.writeObjectFieldStart("dose");
        for (DoseKey key : DoseKey.values()) {
            for (Map.Entry<String, Object> f : key.fields(card.dose()).entrySet()) {
                value(g, f.getKey(), f.getValue());
            }
        }
        g.writeEndObject();
        g.writeStringField("dose_words", card.doseWords());
        g.writeStringField("frequency_words", card.howOften());
    }

    /**
     * {@code dose_strip} (the card's labelled figures), {@code dose_strip_words} (them as one line),
     * {@code ticks} (circles to tick today) and {@code progress} (null, or how the dose steps up).
     */
    private static void strip(JsonGenerator g, Card card) throws IOException {
        DoseStrip strip = card.strip();
        g.writeArrayFieldStart("dose_strip");
        for (DoseStrip.Item i : strip.items()) {
            g.writeStartObject();
            g.writeStringField("key", i.key());
            g.writeStringField("label", i.label());
            g.writeStringField("figure", i.figure());
            g.writeStringField("unit", i.unit());
            g.writeStringField("text", i.text());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("dose_strip_words", strip.items().isEmpty() ? null : strip.text());
        g.writeNumberField("ticks", strip.ticks());
        Progression p = card.progression();
        if (p == null) {
            g.writeNullField("progress");
            return;
        }
        g.writeObjectFieldStart("progress");
        g.writeNumberField("every_days", p.everyDays());
        g.writeArrayFieldStart("steps");
        for (Dose s : p.stages()) {
            g.writeStartObject();
            for (DoseKey key : List.of(DoseKey.SETS, DoseKey.REPS, DoseKey.HOLD, DoseKey.REST, DoseKey.LOAD)) {
                for (Map.Entry<String, Object> f : key.fields(s).entrySet()) {
                    value(g, f.getKey(), f.getValue());
                }
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("words", card.progress());
        g.writeEndObject();
    }

    /** What the handout shows besides text: the video link and the picture's description. */
    private static void media(JsonGenerator g, Card card) throws IOException {
        g.writeStringField("video", card.video() == null ? null : card.video().url());
        g.writeStringField("picture_alt", card.picture() == null ? null : card.picture().alt());
        pictures(g, card);
    }

    /** {@code pictures}: what the card shows, in order: {@code kind}, {@code position}, {@code caption}, {@code alt}. */
    private static void pictures(JsonGenerator g, Card card) throws IOException {
        g.writeArrayFieldStart("pictures");
        for (CardPictureList.Item i : CardPictureList.of(card)) {
            g.writeStartObject();
            g.writeStringField("kind", i.kind());
            g.writeStringField("position", i.position());
            g.writeStringField("caption", i.caption());
            g.writeStringField("alt", i.alt());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void education(JsonGenerator g, Block.Education education) throws IOException {
        g.writeArrayFieldStart("education");
        if (education != null) {
            for (Block.TextSection s : education.sections()) {
                g.writeStartObject();
                g.writeStringField("heading", s.heading());
                strings(g, "paragraphs", s.paragraphs());
                strings(g, "bullets", s.bullets());
                g.writeEndObject();
            }
        }
        g.writeEndArray();
    }

    private static void value(JsonGenerator g, String key, Object v) throws IOException {
        if (v instanceof Integer n) {
            g.writeNumberField(key, n);
        } else if (v == null) {
            g.writeNullField(key);
        } else {
            g.writeStringField(key, String.valueOf(v));
        }
    }

    static void number(JsonGenerator g, String key, Integer n) throws IOException {
        if (n == null) {
            g.writeNullField(key);
        } else {
            g.writeNumberField(key, n);
        }
    }

    static void strings(JsonGenerator g, String key, List<String> values) throws IOException {
        g.writeArrayFieldStart(key);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
