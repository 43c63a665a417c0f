package org.caravan.export;

/**
 * Text a spreadsheet would run as a formula when it opens a CSV file (OWASP's CSV injection rule): a cell that
 * begins with =, +, -, @, a tab or a carriage return gets a leading apostrophe, which spreadsheets show as text.
 * Numbers are written as numbers and never pass through here, so figures keep their sign.
 */
final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    static String safe(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }
}
