package org.hep.summary;

/**
 * Spreadsheet programs run a cell that starts with {@code =}, {@code +}, {@code -}, {@code @},
 * a tab or a carriage return as a formula ("CSV injection"), so a plan's text could make a
 * clinic's spreadsheet fetch a web address or show a different value. By default such a cell
 * gets a leading single quote, which spreadsheets show as plain text; {@code --raw-csv} keeps
 * cells exactly as written, for programs rather than people.
 */
public final class CsvCells {
    private CsvCells() {
    }

    public static String guard(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        char c = cell.charAt(0);
        boolean formula = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
        return formula ? "'" + cell : cell;
    }
}
