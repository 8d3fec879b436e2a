package org.hep.load;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hep.diag.InvalidInputException;
import org.hep.diag.Problem;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Warns where exercise text writes out a number of seconds, repetitions or sets ("Hold for
 * 5 seconds."): the dose can change in a plan or on the command line, and the step would then
 * contradict it. Suggests the placeholder that always says what the dose says. Warns too where
 * it switches sides for every sides value ({@link SideWords}).
 */
public final class DoseNumberLint {
    private static final String NUMBER = "\\d+(?:[.,]\\d+)?(?:\\s*(?:-|–|to|à|a)\\s*\\d+)?"
            + "|" + String.join("|", NumberWords.WORDS);
    private static final String SECONDS = "s|secs?|seconds?|minutes?|mins?|secondes?|segundos?|minutos?";
    private static final String REPS = "times|reps?|repetitions?|répétitions?|repeticiones?|fois|veces";
    private static final String SETS = "sets?|séries?|series";
    /** "3 times a day" is how often, not how many: that is not a placeholder's job. */
    private static final String NOT_FREQUENCY =
            "(?!\\s+(?:a|per|par|au|al|por|a la)\\s+(?:day|week|jour|semaine|d[ií]a|semana))";
    /**
     * A number and its unit ("5 seconds", "ten times"), a minute without a number ("half a
     * minute", "une minute", "medio minuto"), or repetitions said another way ("10x", "do 10 of
     * these").
     */
    private static final Pattern STATED = Pattern.compile("(?iU)\\b(?:(" + NUMBER + ")\\s*(?:(" + SECONDS + ")|("
            + REPS + ")|(" + SETS + "))\\b" + NOT_FREQUENCY
            + "|(half\\s+a|a|one|une|une\\s+demi-?|un|medio)\\s+(minute|minuto)\\b(?!s)"
            + "|(\\d+)(?:(?-i:x)\\b|\\s+of\\s+(?:these|them|those)\\b)" + NOT_FREQUENCY + ")");
    /** Words just before a time (no number between) that make it the rest's: "rest a minute", "reposez-vous 30 secondes". */
    private static final Pattern REST_BEFORE =
            Pattern.compile("(?iU)\\b(rest\\w*|repos\\w*|descans\\w*|break|pause)\\b[^.;:!?\\d]{0,12}$");
    /**
     * Words just before a time that make it the hold's: "hold for 10 seconds", "tenez 5 secondes".
     * Any other time ("walk 10 minutes", "breathe out for 4 seconds") may not be the dose's at all.
     */
    private static final Pattern HOLD_BEFORE = Pattern.compile("(?iU)\\b(hold\\w*|tene[zr]|tenir|maint\\w*"
            + "|manten\\w*|sosten\\w*|aguant\\w*)\\b[^.;:!?\\d]{0,20}$");

    /**
     * What a text states: the kind of dose value (hold, rest, reps or sets, or "time" for seconds
     * or minutes that no words make the hold's or the rest's) and how many (seconds for a time).
     */
    public record Stated(int offset, String words, String number, String kind, double min, double max) {
        /** The placeholder that says it from the dose. */
        public String placeholder() {
            return kind.equals("time") ? "{hold}" : "{" + kind + "}";
        }
    }

    private DoseNumberLint() {
    }

    /** Warnings for one plan or exercise file; a file that does not parse has none (its errors say enough). */
    public static List<Problem> warnings(Source source, FileKind kind) {
        List<Problem> out = new ArrayList<>();
        Node root;
        try {
            root = YamlDocument.parse(source);
        } catch (InvalidInputException e) {
            return out;
        }
        if (!(root instanceof MappingNode m) || kind == FileKind.TEMPLATE || kind == FileKind.TEMPLATE_TRANSLATION) {
            return out;
        }
        TextPositions positions = new TextPositions(source);
        printedAsWritten(m, null, positions, source.name(), out);
        if (kind == FileKind.EXERCISE || kind == FileKind.EXERCISE_TRANSLATION) {
            // A translation has no dose of its own: it is read as its exercise's, which may be sided.
            texts(m, positions, source.name(), kind == FileKind.EXERCISE_TRANSLATION || sided(m), out);
        } else if (kind == FileKind.PLAN_TRANSLATION) {
            if (value(m, "notes") instanceof MappingNode notes) {
                for (NodeTuple t : notes.getValue()) {
                    if (t.getValueNode() instanceof ScalarNode s) {
                        one(s, positions, source.name(), out);
                    }
                }
            }
        } else if (value(m, "exercises") instanceof SequenceNode entries) {
            for (Node entry : entries.getValue()) {
                if (entry instanceof MappingNode e) {
                    texts(e, positions, source.name(), sided(e), out);
                }
            }
        }
        return out;
    }

    /** A placeholder or side words where nothing fills them: "{reps}" outside start, steps, cues, cautions, notes. */
    private static final Pattern UNFILLED = Pattern.compile("\\{(?:(" + String.join("|", org.hep.dose.DoseText.NAMES)
            + ")\\}|(" + String.join("|", org.hep.dose.SideChoice.CONDITIONS) + ")[|:])");

    /**
     * Every text outside the keys whose placeholders are filled (a name, a title, advice, an
     * education section) where "{reps}" or "{each:…}" would print as written, braces and all.
     */
    private static void printedAsWritten(Node node, String key, TextPositions positions, String file,
                                         List<Problem> out) {
        if (key != null && (PlaceholderCheck.TEXT_KEYS.contains(key) || key.equals("dose") || key.equals("progress"))) {
            return;
        }
        if (node instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k) {
                    // A translation's 'notes' maps exercise ids to notes, which are filled too.
                    printedAsWritten(t.getValueNode(), k.getValue(), positions, file, out);
                }
            }
        } else if (node instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                printedAsWritten(item, key, positions, file, out);
            }
        } else if (node instanceof ScalarNode s && s.getValue().indexOf('{') >= 0) {
            Matcher m = UNFILLED.matcher(s.getValue());
            if (m.find()) {
                int[] at = positions.at(s, m.start(), "{");
                String what = m.group(1) != null ? m.group() : "{" + m.group(2) + ":…}";
                out.add(new Problem(file, at[0], at[1], "'" + key + "' prints " + what + " as written: dose "
                        + "placeholders and side words are filled only in start, steps, cues, cautions and notes"));
            }
        }
    }

    private static void texts(MappingNode m, TextPositions positions, String file, boolean sided, List<Problem> out) {
        for (String key : PlaceholderCheck.TEXT_KEYS) {
            Node v = value(m, key);
            if (v instanceof ScalarNode s) {
                one(s, positions, file, out);
                named(s, sided, positions, file, out);
            } else if (v instanceof SequenceNode seq) {
                for (Node item : seq.getValue()) {
                    if (item instanceof ScalarNode s) {
                        one(s, positions, file, out);
                        named(s, sided, positions, file, out);
                    }
                }
            }
        }
    }

    /** An exercise or plan entry whose dose gives sides ({@code sides:} beside the dose or in it). */
    private static boolean sided(MappingNode m) {
        return value(m, "sides") != null || value(m, "dose") instanceof MappingNode d && value(d, "sides") != null;
    }

    private static void named(ScalarNode node, boolean sided, TextPositions positions, String file, List<Problem> out) {
        if (!sided) {
            return;
        }
        for (java.util.regex.MatchResult w : SideWords.namedSidesOutsideChoices(node.getValue())) {
            int[] at = positions.at(node, w.start(), w.group());
            out.add(new Problem(file, at[0], at[1], "'" + w.group() + "' names one side for every sides the dose may"
                    + " have (a handout for the other side only would say it too); write each side's words, e.g."
                    + " {left:…}{right|each|alternating:…}"));
        }
    }

    /** A placeholder followed by the unit it already prints: "{reps} times" prints "10 times times". */
    private static final Pattern UNIT_TWICE = Pattern.compile("(?iU)\\{reps\\}\\s*(?:" + REPS + ")\\b"
            + "|\\{sets\\}\\s*(?:" + SETS + ")\\b|\\{(?:hold|rest)\\}\\s*(?:" + SECONDS + ")\\b");

    private static void one(ScalarNode node, TextPositions positions, String file, List<Problem> out) {
        String text = node.getValue();
        for (java.util.regex.MatchResult twice : unitTwice(text)) {
            int[] at = positions.at(node, twice.start(), "{");
            out.add(new Problem(file, at[0], at[1], unitTwiceMessage(twice.group())));
        }
        for (Stated st : statedIn(text)) {
            int[] at = positions.at(node, st.offset(), st.number());
            out.add(new Problem(file, at[0], at[1], "'" + st.words() + "' may contradict the dose; write "
                    + st.placeholder() + " so the text always says what the dose says"));
        }
        for (java.util.regex.MatchResult w : SideWords.outsideChoices(text)) {
            int[] at = positions.at(node, w.start(), w.group());
            out.add(new Problem(file, at[0], at[1], "'" + w.group() + "' may contradict the dose's sides (a handout "
                    + "for the left side only); write it for the sides it fits, e.g. {each:" + w.group() + "}"));
        }
    }

    /**
     * Words that tell the patient to hold still or pause for a while without saying how long, in the
     * languages hep prints: "Hold for a moment", "Pause", "Tenez un court moment", "Aguante un
     * momento"; not holding a thing ("Hold the band", "Tenez la rampe") or a breath.
     */
    private static final Pattern HOLD_WORDS = Pattern.compile("(?iU)\\b(hold(?:ing)?\\s+"
            + "(?:for|it|this|that|there|still|the\\s+(?:position|stretch|pose))|pause\\w*|pausa\\w*"
            + "|(?:tenez|maintenez)\\s+(?:un\\s+(?:court\\s+)?(?:moment|instant)|cette\\s+position|la\\s+position|pendant|ainsi)"
            + "|(?:aguante|mantenga|sostenga)\\s+(?:un\\s+(?:momento|instante)|así|esa\\s+posición|esta\\s+posición"
            + "|la\\s+posición))\\b");

    /** The first words of {@code text} that say to hold still or pause ({@link #HOLD_WORDS}), or null. */
    public static java.util.regex.MatchResult holdWithoutTime(String text) {
        Matcher m = HOLD_WORDS.matcher(text);
        return m.find() ? m.toMatchResult() : null;
    }

    /** Each placeholder in {@code text} followed by the unit it prints itself ("{reps} times"). */
    public static List<java.util.regex.MatchResult> unitTwice(String text) {
        if (text.indexOf('{') < 0) {
            return List.of();
        }
        return UNIT_TWICE.matcher(text).results().toList();
    }

    /** What to say of {@code words}, a placeholder and its unit written after it. */
    public static String unitTwiceMessage(String words) {
        String placeholder = words.substring(0, words.indexOf('}') + 1);
        return "'" + words + "' prints its unit twice: " + placeholder + " writes the unit itself (\"10 times\","
                + " \"30 seconds\"); write " + placeholder + " alone";
    }

    /** The numbers of seconds, repetitions or sets that {@code text} writes out ("5 seconds", "ten times"). */
    public static List<String> stated(String text) {
        return statedIn(text).stream().map(Stated::words).toList();
    }

    /** Each number of seconds, repetitions or sets {@code text} writes out, in order, with its value. */
    public static List<Stated> statedIn(String text) {
        List<Stated> out = new ArrayList<>();
        Matcher m = STATED.matcher(text);
        while (m.find()) {
            if (m.group(1) != null) {
                double[] n = NumberWords.value(m.group(1));
                String unit = m.group(2);
                boolean minutes = unit != null && unit.toLowerCase(java.util.Locale.ROOT).startsWith("min");
                String kind = unit != null ? time(text, m.start()) : m.group(3) != null ? "reps" : "sets";
                double scale = minutes ? 60 : 1;
                out.add(new Stated(m.start(), m.group().strip(), m.group(1), kind, n[0] * scale, n[1] * scale));
            } else if (m.group(5) != null) {
                double seconds = m.group(5).toLowerCase(java.util.Locale.ROOT).matches("half.*|.*demi.*|medio") ? 30 : 60;
                out.add(new Stated(m.start(), m.group().strip(), m.group(5), time(text, m.start()), seconds, seconds));
            } else {
                double n = Double.parseDouble(m.group(7));
                out.add(new Stated(m.start(), m.group().strip(), m.group(7), "reps", n, n));
            }
        }
        return out;
    }

    /** A time is the rest's when "rest" (or "pause", "descanse") comes just before it, the hold's after "hold". */
    private static String time(String text, int at) {
        String before = text.substring(0, at);
        return REST_BEFORE.matcher(before).find() ? "rest" : HOLD_BEFORE.matcher(before).find() ? "hold" : "time";
    }

    private static Node value(MappingNode m, String key) {
        for (NodeTuple t : m.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                return t.getValueNode();
            }
        }
        return null;
    }
}
