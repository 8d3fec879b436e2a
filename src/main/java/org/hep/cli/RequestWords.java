package org.hep.cli;

import org.hep.diag.RequestException;

/**
 * How a request problem reads where the user made it: as an option on the command line
 * ("--template: unknown template …") or as a column of a manifest row ("template: …").
 */
final class RequestWords {
    private RequestWords() {
    }

    static String onCommandLine(RequestException e) {
        String option = switch (e.subject()) {
            case PLAN -> "PLAN";
            case TEMPLATE -> "--template";
            case ONLY -> "--only";
            case EXCLUDE -> "--exclude";
            case DOSE -> "--dose";
            case SELECTION -> "--only/--exclude";
            case OUTPUT -> "-o";
            case LANGUAGE -> "--language";
            case SETS -> "--sets";
            case REPS -> "--reps";
            case HOLD -> "--hold";
            case SIDES -> "--sides";
            case REST -> "--rest";
        };
        return option + ": " + e.getMessage();
    }

    static String inManifest(RequestException e) {
        String column = switch (e.subject()) {
            case PLAN -> "plan";
            case TEMPLATE -> "template";
            case ONLY -> "only";
            case EXCLUDE -> "exclude";
            case DOSE -> "dose";
            case SELECTION -> "only/exclude";
            case OUTPUT -> "output";
            case LANGUAGE -> "language";
            case SETS -> "sets";
            case REPS -> "reps";
            case HOLD -> "hold";
            case SIDES -> "sides";
            case REST -> "rest";
        };
        return column + ": " + e.getMessage();
    }
}
