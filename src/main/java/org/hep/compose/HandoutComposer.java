package org.hep.compose;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hep.dose.DoseStrip;
import org.hep.dose.DoseText;
import org.hep.dose.DoseWords;
import org.hep.dose.DosedExercise;
import org.hep.dose.DosedPlan;
import org.hep.dose.LogCalendar;
import org.hep.i18n.Labels;
import org.hep.model.Clinic;
import org.hep.model.HandoutDetails;
import org.hep.model.Language;
import org.hep.model.Plan;
import org.hep.model.Section;
import org.hep.model.SectionKind;
import org.hep.model.Template;
import org.hep.model.Tracking;

/**
 * Decides what a handout says and in which order: the template's sections, each filled from
 * the dosed plan and the patient's details in the plan's language. The only place that
 * chooses content; layout, HTML and the summaries only present what it returns.
 */
public final class HandoutComposer {
    private final DosedPlan dosed;
    private final Plan plan;
    private final Template template;
    private final HandoutDetails details;
    private final Labels labels;
    private final DoseWords words;

    private HandoutComposer(DosedPlan dosed, Template template, HandoutDetails details) {
        this.dosed = dosed;
        this.plan = dosed.plan();
        this.template = template;
        this.details = details;
        this.labels = Labels.forLanguage(plan.language());
        this.words = new DoseWords(labels);
    }

    public static Handout compose(DosedPlan dosed, Template template, HandoutDetails details) {
        return new HandoutComposer(dosed, template, details).build();
    }

    private Handout build() {
        List<Block> blocks = new ArrayList<>();
        boolean glanceSaidHowOften = false;
        for (SectionKind kind : template.sections()) {
            Block block = switch (kind) {
                case HEADER -> header();
                case PATIENT -> patient();
                case EDUCATION -> education();
                case GLANCE -> glance();
                case EXERCISES -> exercises(glanceSaidHowOften);
                case ADVICE -> new Block.Advice(labels.get("label.advice"), plan.advice(), TrackingComposer.painGuide(labels));
                // The plan at a glance is the log where there is one: its weeks and pain row, on the page to pin up.
                case LOG -> glanceIsLog() ? null
                        : TrackingComposer.log(dosed.exercises(), template.tracking(), details.date(), labels, words);
                case NOTES -> template.notesLines() == 0 ? null
                        : new Block.Notes(labels.get("label.notesArea"), template.notesLines());
                case DISCLAIMER -> plan.disclaimer() == null ? null : new Block.Disclaimer(plan.disclaimer());
            };
            if (block != null) {
                blocks.add(block);
            }
            glanceSaidHowOften |= block instanceof Block.Glance g && g.schedule() != null;
        }
        Clinic c = template.clinic();
        List<String> keywords = new ArrayList<>(plan.regions());
        keywords.addAll(plan.tags());
        Meta meta = new Meta(plan.id(), plan.title(), plan.condition(), c.name() != null ? c.name() : details.therapist(),
                plan.language(), keywords, plan.schedule(), words.frequency(plan.schedule()));
        Furniture furniture = new Furniture(runningHead(), footer(), labels.pattern("label.page"),
                labels.pattern("label.continued"), plan.language().locale());
        return new Handout(meta, blocks, furniture);
    }

    /** Whose handout a loose page is: the patient's name, the title and the date, those that are given. */
    private RunningHead runningHead() {
        LocalDate day = details.date();
        return new RunningHead(details.patient(), plan.title(), day == null ? null : date(),
                day == null ? null : labels.get("label.shortDate", LogCalendar.date(day, labels),
                        Integer.toString(day.getYear())));
    }

    /** The template's footer (else the clinic's name), with the clinic's phone when it does not say it already. */
    private String footer() {
        Clinic c = template.clinic();
        String text = template.footer() != null ? template.footer() : c.name();
        if (c.phone() == null || text != null && text.contains(c.phone())) {
            return text;
        }
        return text == null ? c.phone() : text + " \u00b7 " + c.phone();
    }

    private String date() {
        return HandoutDate.format(details.date(), plan.language());
    }

    private Block header() {
        Clinic c = template.clinic();
        boolean shown = c.name() != null || c.address() != null || c.phone() != null || c.website() != null
                || c.logo() != null;
        Block.Clinic clinic = null;
        if (shown) {
            Picture logo = c.logo() == null ? null : new Picture(c.logo().path(), c.logo().width(), c.logo().height(),
                    c.name() != null ? "Logo of " + c.name() : "Clinic logo");
            clinic = new Block.Clinic(c.name(), c.address() == null ? List.of() : List.of(c.address()), c.phone(),
                    c.website() == null ? List.of() : List.of(c.website()), logo);
        }
        return new Block.Header(clinic, plan.title(), plan.condition());
    }

    private Block patient() {
        List<Block.Field> fields = new ArrayList<>();
        field(fields, "label.patient", details.patient());
        field(fields, "label.therapist", details.therapist());
        field(fields, "label.date", details.date() == null ? null : date());
        field(fields, "label.nextVisit", details.nextVisit());
        Block.Field notes = details.notes() == null ? null : new Block.Field(labels.get("label.notes"), details.notes());
        return fields.isEmpty() && notes == null ? null : new Block.Patient(fields, notes);
    }

    private void field(List<Block.Field> fields, String label, String value) {
        if (value != null) {
            fields.add(new Block.Field(labels.get(label), value));
        }
    }

    private Block education() {
        if (plan.education().isEmpty()) {
            return null;
        }
        List<Block.TextSection> sections = new ArrayList<>();
        for (Section s : plan.education()) {
            sections.add(new Block.TextSection(s.heading(), s.paragraphs(), s.bullets()));
        }
        return new Block.Education(sections);
    }

    /**
     * How often is said once, when every exercise shares it (the plan's schedule, or the same
     * override everywhere): above the cards, unless the plan at a glance before them has said it
     * already; else each card's dose strip says its own.
     */
    private Block exercises(boolean saidAbove) {
        return new Block.Exercises(labels.get("label.exercises"), saidAbove ? null : schedule(), cards());
    }

    /**
     * The cards this thread composed last, with what they were composed from: the plan at a
     * glance and the exercises compose the same cards, and a batch's rows mostly the same dosed
     * plan (see {@link org.hep.dose.DoseResolver#resolve}). Cards are immutable, so sharing them
     * changes nothing but the work; one entry, so nothing grows.
     */
    private record LastCards(DosedPlan dosed, Labels labels, boolean shared, boolean ticks, List<Card> cards) {
    }

    private static final ThreadLocal<LastCards> LAST_CARDS = new ThreadLocal<>();

    private List<Card> cards() {
        boolean shared = sharedFrequency();
        boolean ticks = template.tracking().doseTicks();
        LastCards last = LAST_CARDS.get();
        if (last != null && last.dosed == dosed && last.labels == labels && last.shared == shared
                && last.ticks == ticks) {
            return last.cards;
        }
        List<Card> cards = new ArrayList<>(dosed.exercises().size());
        for (DosedExercise de : dosed.exercises()) {
            cards.add(CardComposer.card(de, labels, words, shared, ticks));
        }
        cards = List.copyOf(cards);
        LAST_CARDS.set(new LastCards(dosed, labels, shared, ticks, cards));
        return cards;
    }

    /** "Do these exercises once a day, 5 days a week.", or null when the exercises differ in how often. */
    private String schedule() {
        return sharedFrequency() ? labels.get("label.schedule", words.frequency(dosed.exercises().get(0).dose())) : null;
    }

    private boolean sharedFrequency() {
        return DoseStrip.frequencyShared(dosed.exercises().stream().map(DosedExercise::dose).toList());
    }

    private Block glance() {
        Block.Exercises e = (Block.Exercises) exercises(false);
        // With a log among the sections, the glance carries it; alone it shows the first week.
        Tracking tracking = template.tracking();
        Tracking log = template.sections().contains(SectionKind.LOG) ? tracking
                : new Tracking(0, false, tracking.doseTicks());
        return TrackingComposer.glance(e.cards(), dosed.exercises(), schedule(), log, details.date(), template.clinic(),
                labels);
    }

    private boolean glanceIsLog() {
        return template.sections().contains(SectionKind.GLANCE);
    }

    /** One exercise on its own ({@code hep show}), with its own default dose. */
    public static Card exercise(org.hep.model.Exercise exercise, Language language) {
        Labels labels = Labels.forLanguage(language);
        // Placeholders read as the exercise's own default dose says.
        org.hep.model.Exercise filled = new DoseText(labels).fill(exercise, exercise.dose());
        return CardComposer.card(new DosedExercise(1, filled, filled.dose(), null, filled.progression()), labels, new DoseWords(labels), false, false);
    }
}
