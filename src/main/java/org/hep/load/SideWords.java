package org.hep.load;

import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.hep.dose.DoseText;

/**
 * Words that switch sides ("then switch legs", "repeat with the other leg", "changez de
 * jambe", "cambie de pierna") written where every sides value prints them: beside "left side
 * only" they tell a patient with one operated knee to work the other one too. They belong in
 * words for some sides only ({@code {each:, then switch legs}}). Words for the other limb in
 * one movement ("use your other hand to help", "la pierna del otro lado") are not caught.
 */
final class SideWords {
    private static final Pattern SWITCH = Pattern.compile("(?iU)\\b(?:"
            // English
            + "switch\\w*(?:\\s+(?:to\\s+the\\s+other\\s+)?(?:legs?|sides?|feet|foot|arms?|hands?))?"
            + "|(?:on\\s+|to\\s+|do\\s+)?the\\s+other\\s+side"
            + "|(?:repeat|do\\s+it\\s+again|start\\s+again)\\s+(?:with|on|using)\\s+the\\s+other\\s+\\w+"
            + "|(?:then|and)\\s+use\\s+the\\s+other\\s+\\w+"
            + "|alternat\\w*(?:\\s+sides|\\s+legs)?"
            + "|(?:from\\s+)?side\\s+to\\s+side"
            + "|(?:on\\s+)?(?:each|both)\\s+sides?"
            // French
            + "|chang(?:ez|er|eant)\\s+(?:de|pour)\\s+(?:l['’]autre\\s+)?\\w+"
            + "|en\\s+alternant|alternez"
            + "|(?:de\\s+|faites\\s+)?l['’]autre\\s+côté"
            + "|(?:refaites|recommencez|répétez)[-\\w]*\\s+avec\\s+l['’]autre\\s+\\w+"
            + "|prenez\\s+l['’]autre\\s+\\w+"
            + "|d['’]un\\s+côté\\s+à\\s+l['’]autre"
            + "|de\\s+chaque\\s+côté|des\\s+deux\\s+côtés"
            // Spanish
            + "|cambi(?:e|a|ar|ando)\\s+(?:de|al|a\\s+la)\\s+\\w+"
            + "|alternando|alterne"
            + "|(?:hacia\\s+el|al|haga\\s+el)\\s+otro\\s+lado"
            + "|repita\\s+con\\s+(?:el\\s+otro|la\\s+otra)\\s+\\w+"
            + "|y\\s+use\\s+(?:el\\s+otro|la\\s+otra)\\s+\\w+"
            + "|de\\s+un\\s+lado\\s+(?:a|al)\\s+otro"
            + "|de\\s+cada\\s+lado|a\\s+ambos\\s+lados"
            + ")\\b");

    /**
     * Words that name one side ("your right hand", "vers la gauche", "la axila izquierda"): in an
     * exercise done one side at a time they are right for one of the sides a plan may choose and
     * wrong for the other ("left side only" beside "hold the seat with your right hand"), unless
     * written for the sides they fit ({@code {left:left}{right|each|alternating:right}}).
     */
    private static final Pattern NAMED_SIDE = Pattern.compile("(?iU)\\b(?:"
            + "(?:left|right)\\s+(?:hand|arm|elbow|wrist|shoulder|ear|armpit|side|leg|knee|hip|foot|ankle|thigh|heel)s?"
            + "|to\\s+the\\s+(?:left|right)"
            // "droit" and "derecho" also mean straight ("le bras droit", "el brazo derecho"): only where they cannot
            + "|(?:main|bras|coude|poignet|épaule|oreille|aisselle|côté|jambe|genou|hanche|pied|cheville|cuisse|talon)"
            + "\\s+gauche"
            + "|(?:main|épaule|oreille|aisselle|jambe|hanche|cheville|cuisse)\\s+droite|côté\\s+droit"
            + "|(?:vers\\s+la|à)\\s+(?:gauche|droite)"
            + "|(?:mano|brazo|codo|muñeca|hombro|oreja|axila|lado|pierna|rodilla|cadera|pie|tobillo|muslo|talón)"
            + "\\s+izquierd[oa]"
            + "|(?:mano|muñeca|oreja|axila|pierna|rodilla|cadera)\\s+derecha|(?:lado|hombro)\\s+derecho"
            + "|(?:hacia|a)\\s+la\\s+(?:izquierda|derecha)"
            + ")\\b");

    private SideWords() {
    }

    /** The words of {@code text} naming one side outside words for some sides only, in order. */
    static List<MatchResult> namedSidesOutsideChoices(String text) {
        return NAMED_SIDE.matcher(DoseText.everySide(text)).results().toList();
    }

    /** The side-switching words of {@code text} outside words for some sides only, in order. */
    static List<MatchResult> outsideChoices(String text) {
        return SWITCH.matcher(DoseText.everySide(text)).results().toList();
    }
}
