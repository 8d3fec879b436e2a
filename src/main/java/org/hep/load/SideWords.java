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
public final class SideWords {
    /** A limb or side, for "repeat with the other ___". */
    private static final String LIMB = "(?:legs?|sides?|feet|foot|arms?|hands?|knees?|hips?|ankles?|shoulders?"
            + "|elbows?|wrists?|thighs?|heels?)";
    private static final Pattern SWITCH = Pattern.compile("(?iU)\\b(?:"
            // English
            + "(?:switch|swap)\\w*(?:\\s+(?:to\\s+the\\s+other\\s+)?(?:legs?|sides?|feet|foot|arms?|hands?))?"
            + "|chang(?:e|ing)\\s+(?:to\\s+the\\s+other\\s+)?(?:legs|sides|feet|arms|hands|leg|side|foot|arm|hand)\\b"
            + "|(?:repeat|do\\s+(?:it|this|the\\s+same)(?:\\s+again)?|start\\s+again)\\s+(?:with|on|using|for)\\s+"
            + "(?:your|the)\\s+(?:other|opposite|" + "left|right)\\s+" + LIMB
            + "|do\\s+(?:your|the)\\s+(?:other|opposite)\\s+" + LIMB
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
            + "|(?:refaites|recommencez|répétez)[-\\w]*\\s+(?:avec|de|sur|pour)\\s+(?:l['’]autre\\s+\\w+"
            + "|(?:la|le|les)\\s+\\w+\\s+opposée?s?)"
            + "|(?:faites|travaillez)\\s+(?:l['’]autre|la\\s+jambe\\s+opposée|le\\s+côté\\s+opposé)\\s*\\w*"
            + "|invers(?:ez|er)\\s+(?:les\\s+)?(?:jambes|côtés|pieds|bras|mains)"
            + "|prenez\\s+l['’]autre\\s+\\w+"
            + "|d['’]un\\s+côté\\s+à\\s+l['’]autre"
            + "|de\\s+chaque\\s+côté|des\\s+deux\\s+côtés"
            // Spanish
            + "|cambi(?:e|a|ar|ando)\\s+(?:de|al|a\\s+la)\\s+\\w+"
            + "|alternando|alterne"
            + "|(?:hacia\\s+el|al|haga\\s+el)\\s+otro\\s+lado"
            + "|repita\\s+con\\s+(?:el\\s+otro|la\\s+otra)\\s+\\w+"
            + "|repita\\s+(?:del|en\\s+el|por\\s+el|hacia\\s+el)\\s+otro\\s+lado"
            + "|repita\\s+con\\s+(?:el|la)\\s+\\w+\\s+(?:contrari[oa]|opuest[oa])"
            // "no haga la otra pierna" (skip the other leg) switches nothing
            + "|(?<!no\\s)haga\\s+(?:la\\s+otra|el\\s+otro)\\s+\\w+"
            + "|ahora\\s+con\\s+(?:la\\s+otra|el\\s+otro)\\s+\\w+"
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

    /**
     * The side-switching words of {@code printed}, a text as it prints for some sides
     * ({@link DoseText#printedFor}), in order.
     */
    public static List<MatchResult> switchesIn(String printed) {
        return SWITCH.matcher(printed).results().toList();
    }

    /** The side-switching words of {@code text} outside words for some sides only, in order. */
    static List<MatchResult> outsideChoices(String text) {
        return SWITCH.matcher(DoseText.everySide(text)).results().toList();
    }
}
