package org.hep.compose;

import java.util.List;

/**
 * One part of a handout, one kind per template section. Every string is final printed text;
 * a block with nothing to say is not composed at all, so outputs never test for emptiness.
 */
public sealed interface Block {

    /** Clinic branding (null when the template has none), then the handout's title and condition. */
    record Header(Clinic clinic, String title, String condition) implements Block {
    }

    /**
     * The clinic as printed: its name, its contact line around the phone number (which stands
     * out, since it is what a patient looks for), and its logo; any may be null or empty.
     */
    record Clinic(String name, List<String> before, String phone, List<String> after, Picture logo) {
        public Clinic {
            before = List.copyOf(before);
            after = List.copyOf(after);
        }

        /** Address, phone and website in reading order. */
        public List<String> contact() {
            List<String> all = new java.util.ArrayList<>(before);
            if (phone != null) {
                all.add(phone);
            }
            all.addAll(after);
            return all;
        }
    }

    /** "Patient: Ana Lopez", "Date: 14 March 2026" …, then the notes for this patient. */
    record Patient(List<Field> fields, Field notes) implements Block {
        public Patient {
            fields = List.copyOf(fields);
        }
    }

    record Field(String label, String value) {
    }

    /** The plan's teaching text: sections with a heading, paragraphs and bullets. */
    record Education(List<TextSection> sections) implements Block {
        public Education {
            sections = List.copyOf(sections);
        }
    }

    record TextSection(String heading, List<String> paragraphs, List<String> bullets) {
        public TextSection {
            paragraphs = List.copyOf(paragraphs);
            bullets = List.copyOf(bullets);
        }
    }

    /** "Your exercises", the plan-wide schedule sentence (or null), then one card per exercise. */
    record Exercises(String heading, String schedule, List<Card> cards) implements Block {
        public Exercises {
            cards = List.copyOf(cards);
        }
    }

    /** Advice and when to stop, then the traffic-light pain guide. */
    record Advice(String heading, List<String> items, PainGuide pain) implements Block {
        public Advice {
            items = List.copyOf(items);
        }
    }

    /** How much pain is OK: green (keep going), amber (do less), red (stop and call), each a sentence. */
    record PainGuide(String title, String green, String amber, String red) {
    }

    /**
     * The exercise log: a tick-box table per week, one row per exercise and one column per day
     * from the handout's date. {@code corner} heads the exercise column; {@code pain} names a row
     * for the day's pain score (null without one); {@code restHint} explains the shaded rest days
     * (null when every exercise is every day).
     */
    /** {@code rest} names a rest day in words for readers who cannot see the shading. */
    record Log(String heading, String hint, String corner, List<LogWeek> weeks, List<LogRow> rows, String pain,
               String painHint, String restHint, String rest) implements Block {
        public Log {
            weeks = List.copyOf(weeks);
            rows = List.copyOf(rows);
        }
    }

    /** One week of the log: "Week 1 · Mar 14 – Mar 20", and its seven day headings ("M 14"). */
    record LogWeek(String caption, List<String> days) {
        public LogWeek {
            days = List.copyOf(days);
        }
    }

    /**
     * One exercise's row: "1. Squat", how often ("5 days a week", or null), and for every day of
     * the log (all weeks in order) whether it is a day to exercise; the others are rest days.
     */
    record LogRow(String title, String aim, List<Boolean> exerciseDays) {
        public LogRow {
            exerciseDays = List.copyOf(exerciseDays);
        }
    }

    /**
     * The plan at a glance, the page to pin up, which is also the log: every exercise with its
     * picture, its dose in one line and a tick box per day of each week ({@code weeks}, dated from
     * the handout's date, rest days shaded); how often when every exercise shares it; how to fill
     * it in ({@code hint}); a row to write the day's pain in ({@code pain}, null without one); and
     * the clinic's phone in large type ({@code call}, which holds {@code phone}; both null when the
     * clinic gave no phone).
     */
    record Glance(String heading, String schedule, String hint, String corner, List<LogWeek> weeks,
                  List<GlanceRow> rows, String pain, String call, String phone, String rest) implements Block {
        public Glance {
            weeks = List.copyOf(weeks);
            rows = List.copyOf(rows);
        }
    }

    /**
     * One exercise on the glance page; {@code picture} or {@code figure} (or neither) is its
     * thumbnail; {@code exerciseDays} holds every day of every week, in order; {@code shortDose}
     * is the same dose in fewer words ("3 sets of 10–20, rest 1 minute"), for a narrow column of
     * large type.
     */
    record GlanceRow(String title, Picture picture, org.hep.figure.Drawing figure, String dose,
                     List<Boolean> exerciseDays, String shortDose) {
        public GlanceRow {
            exerciseDays = List.copyOf(exerciseDays);
        }
    }

    /** Ruled lines for the patient's own notes and questions. */
    record Notes(String heading, int lines) implements Block {
    }

    record Disclaimer(String text) implements Block {
    }
}
