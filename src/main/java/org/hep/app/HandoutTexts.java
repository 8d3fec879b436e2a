package org.hep.app;

import java.util.List;
import org.hep.dose.DosedExercise;
import org.hep.dose.DosedPlan;
import org.hep.model.Clinic;
import org.hep.model.Exercise;
import org.hep.model.HandoutDetails;
import org.hep.model.Plan;
import org.hep.model.Section;
import org.hep.model.Template;

/**
 * Every text a handout prints from its inputs, in the order a reader meets them, with where it
 * came from: a detail of the request ({@link MissingGlyphs.Field}) or the file that holds it.
 * Warnings about how a text prints use it to name what to fix.
 */
final class HandoutTexts {
    /** Receives one text (never null) and where it came from: a {@link MissingGlyphs.Field} or a file name. */
    interface Visitor {
        void text(Object where, String text);
    }

    private HandoutTexts() {
    }

    static void each(HandoutDetails details, Template template, DosedPlan dosed, Visitor v) {
        visit(v, MissingGlyphs.Field.PATIENT, details.patient());
        visit(v, MissingGlyphs.Field.THERAPIST, details.therapist());
        visit(v, MissingGlyphs.Field.NOTES, details.notes());
        visit(v, MissingGlyphs.Field.NEXT_VISIT, details.nextVisit());
        Clinic c = template.clinic();
        visit(v, template.source(), c.name(), c.address(), c.phone(), c.website(), template.footer());
        Plan plan = dosed.plan();
        visit(v, plan.source(), plan.title(), plan.condition(), plan.disclaimer());
        for (Section s : plan.education()) {
            visit(v, plan.source(), s.heading());
            visit(v, plan.source(), s.paragraphs().toArray(new String[0]));
            visit(v, plan.source(), s.bullets().toArray(new String[0]));
        }
        for (DosedExercise de : dosed.exercises()) {
            Exercise e = de.exercise();
            visit(v, plan.source(), de.notes(), de.dose().load());
            visit(v, e.source(), e.name(), e.summary(), e.start(), e.imageAlt(), e.imageEndAlt());
            for (List<String> texts : List.of(e.steps(), e.cues(), e.cautions(), e.equipment())) {
                visit(v, e.source(), texts.toArray(new String[0]));
            }
        }
        visit(v, plan.source(), plan.advice().toArray(new String[0]));
    }

    private static void visit(Visitor v, Object where, String... texts) {
        for (String text : texts) {
            if (text != null) {
                v.text(where, text);
            }
        }
    }
}
