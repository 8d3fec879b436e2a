package org.hep.dose;

import java.util.List;
import org.hep.diag.Suggest;
import org.hep.model.Sides;

/**
 * Words for some sides only: {@code {each:, then switch legs}} is printed when the final dose
 * says "each side", and left out for "left side only". The sides a plan or the command line
 * chooses decide, so a step never tells a patient with one operated knee to switch legs.
 * Conditions: {@code each}, {@code alternating}, {@code one} (left or right), {@code left},
 * {@code right}, {@code none} (both sides at once: no sides in the dose), joined with {@code |}.
 */
public final class SideChoice {
    /** The conditions, in the order the docs list them. */
    public static final List<String> CONDITIONS = List.of("each", "alternating", "one", "left", "right", "none");

    private SideChoice() {
    }

    /** Null when every condition is known, else the message for the first that is not. */
    static String problem(List<String> when) {
        for (String w : when) {
            if (!CONDITIONS.contains(w)) {
                List<String> close = Suggest.closest(w, CONDITIONS);
                return "unknown side condition '" + w + ":'" + (close.isEmpty() ? "" : " (did you mean '"
                        + close.get(0) + ":'?)") + "; words for some sides only start with each:, alternating:, "
                        + "one: (left or right), left:, right: or none: (both sides at once)";
            }
        }
        return null;
    }

    /** True when words for {@code when} are printed for a dose with these sides (null: both at once). */
    static boolean fits(List<String> when, Sides sides) {
        for (String w : when) {
            boolean fits = switch (w) {
                case "each" -> sides == Sides.EACH;
                case "alternating" -> sides == Sides.ALTERNATING;
                case "one" -> sides == Sides.LEFT || sides == Sides.RIGHT;
                case "left" -> sides == Sides.LEFT;
                case "right" -> sides == Sides.RIGHT;
                default -> sides == null;
            };
            if (fits) {
                return true;
            }
        }
        return false;
    }

    /**
     * Text some side words were taken out of, without the gap they leave: "Do this 10 times ."
     * reads "Do this 10 times.", and two spaces one.
     */
    static String tidy(String text) {
        return text.replaceAll(" {2,}", " ").replaceAll(" ([.,])", "$1").strip();
    }
}
