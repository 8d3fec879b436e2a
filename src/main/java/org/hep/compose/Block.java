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

    /** Advice and when to stop. */
    record Advice(String heading, List<String> items) implements Block {
        public Advice {
            items = List.copyOf(items);
        }
    }

    /**
     * A tick-box table: one row per exercise, one column per day. {@code corner} heads the
     * exercise column; {@code columns} are the day headings.
     */
    record Log(String heading, String hint, String corner, List<String> columns, List<String> rows) implements Block {
        public Log {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }
    }

    /** Ruled lines for the patient's own notes and questions. */
    record Notes(String heading, int lines) implements Block {
    }

    record Disclaimer(String text) implements Block {
    }
}
