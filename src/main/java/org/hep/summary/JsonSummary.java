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
import org.hep.dose.DosedExercise;
import org.hep.dose.DosedPlan;
import org.hep.model.Dose;
import org.hep.model.Exercise;
import org.hep.model.Plan;
import org.hep.model.Sides;

/**
 * JSON with the stable keys documented in docs/summary-formats.md. Every documented key is
 * always present (null or [] when the plan says nothing), so scripts never test for absence.
 */
final class JsonSummary {
    /** Bumped only when a key changes meaning or goes away; new keys may appear without it. */
    static final int VERSION = 1;
    private static final JsonFactory FACTORY = JsonFactory.builder().build();
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

    static byte[] plan(DosedPlan dosed) {
        Plan plan = dosed.plan();
        Wording w = Wording.of(plan.language());
        return write(g -> {
            g.writeStartObject();
            g.writeNumberField("version", VERSION);
            g.writeStringField("id", plan.id());
            g.writeStringField("title", plan.title());
            g.writeStringField("condition", plan.condition());
            g.writeStringField("language", plan.language());
            g.writeObjectFieldStart("schedule");
            number(g, "per_day", plan.schedule().perDay());
            number(g, "days_per_week", plan.schedule().daysPerWeek());
            g.writeStringField("words", w.frequencyWords(plan.schedule()));
            g.writeEndObject();
            g.writeArrayFieldStart("exercises");
            for (DosedExercise de : dosed.exercises()) {
                Exercise ex = de.exercise();
                g.writeStartObject();
                g.writeNumberField("number", de.number());
                g.writeStringField("id", ex.id());
                g.writeStringField("name", ex.name());
                g.writeStringField("summary", ex.summary());
                dose(g, w, de.dose());
                g.writeStringField("start", ex.start());
                strings(g, "steps", ex.steps());
                strings(g, "cues", ex.cues());
                strings(g, "cautions", ex.cautions());
                g.writeStringField("notes", de.notes());
                strings(g, "equipment", ex.equipment());
                g.writeEndObject();
            }
            g.writeEndArray();
            strings(g, "advice", plan.advice());
            g.writeEndObject();
        });
    }

    static byte[] exercise(Exercise ex, String language) {
        Wording w = Wording.of(language);
        return write(g -> {
            g.writeStartObject();
            g.writeNumberField("version", VERSION);
            g.writeStringField("id", ex.id());
            g.writeStringField("name", ex.name());
            strings(g, "aliases", ex.aliases());
            g.writeStringField("summary", ex.summary());
            strings(g, "regions", ex.regions());
            strings(g, "tags", ex.tags());
            dose(g, w, ex.dose());
            g.writeStringField("start", ex.start());
            strings(g, "steps", ex.steps());
            strings(g, "cues", ex.cues());
            strings(g, "cautions", ex.cautions());
            strings(g, "equipment", ex.equipment());
            g.writeStringField("video", ex.video());
            g.writeEndObject();
        });
    }

    /** The {@code dose} object plus {@code dose_words} and {@code frequency_words}. */
    private static void dose(JsonGenerator g, Wording w, Dose d) throws IOException {
        g.writeObjectFieldStart("dose");
        number(g, "sets", d.sets());
        number(g, "reps_min", d.reps() == null ? null : d.reps().min());
        number(g, "reps_max", d.reps() == null ? null : d.reps().max());
        number(g, "hold_seconds", d.holdSeconds());
        number(g, "rest_seconds", d.restSeconds());
        g.writeStringField("sides", d.sides() == null ? null : d.sides().key());
        g.writeStringField("count", d.sides() != Sides.ALTERNATING ? null : d.countsInTotal() ? "total" : "per_side");
        number(g, "per_day", d.perDay());
        number(g, "days_per_week", d.daysPerWeek());
        g.writeStringField("load", d.load());
        g.writeEndObject();
        g.writeStringField("dose_words", w.doseWords(d));
        g.writeStringField("frequency_words", w.frequencyWords(d));
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
