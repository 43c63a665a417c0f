package org.caravan.extract;

import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period a sentence gives a figure, in Caravan's syntax: "in 2022" is 2022, "the first half of this year"
 * 2023-H1 for an article of 2023, "the first three quarters" 2023-Q1..Q3, "the first seven months" 2023-01..2023-07.
 * The phrase nearest before the figure counts; a relative year ("this year", "last year") is read from the
 * publication date, and without one the phrase is not resolved.
 */
final class PeriodPhrases {

    private static final String YEAR = "(\\d{4}|this year|last year)";
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11));
    private static final Pattern PHRASE = Pattern.compile("(?i)(?:first half of " + YEAR + ")"
            + "|(?:first (two|three) quarters(?: of " + YEAR + ")?)"
            + "|(?:first (two|three|four|five|six|seven|eight|nine|ten|eleven) months(?: of " + YEAR + ")?)"
            + "|(?:\\b(?:in|of|for) (\\d{4})\\b)");

    private PeriodPhrases() {
    }

    /** The period of the last phrase in {@code text}, or null. */
    static String lastIn(String text, LocalDate publishedOn) {
        Matcher phrase = PHRASE.matcher(text);
        String period = null;
        while (phrase.find()) {
            String found = periodOf(phrase, publishedOn);
            if (found != null) {
                period = found;
            }
        }
        return period;
    }

    private static String periodOf(Matcher phrase, LocalDate publishedOn) {
        if (phrase.group(1) != null) {
            Integer year = year(phrase.group(1), publishedOn);
            return year == null ? null : year + "-H1";
        }
        if (phrase.group(2) != null) {
            Integer year = year(phrase.group(3), publishedOn);
            return year == null ? null : year + "-Q1..Q" + NUMBERS.get(phrase.group(2).toLowerCase());
        }
        if (phrase.group(4) != null) {
            Integer year = year(phrase.group(5), publishedOn);
            int months = NUMBERS.get(phrase.group(4).toLowerCase());
            return year == null ? null : String.format("%d-01..%d-%02d", year, year, months);
        }
        return phrase.group(6);
    }

    /** The year a phrase names; "this year" and no year at all are the publication's. */
    private static Integer year(String text, LocalDate publishedOn) {
        if (text != null && text.matches("\\d{4}")) {
            return Integer.valueOf(text);
        }
        if (publishedOn == null) {
            return null;
        }
        return "last year".equalsIgnoreCase(text) ? publishedOn.getYear() - 1 : publishedOn.getYear();
    }
}
