package org.caravan.extract;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The periods a sentence names, in Caravan's syntax: "in 2022" is 2022, "the first half of this year" 2023-H1 for an
 * article of 2023, "the first three quarters" 2023-Q1..Q3, "the first 10 months" or "from January to October"
 * 2023-01..2023-10, "by the end of October 2023" the same, "this year" (and the publication's own year) the year so
 * far, to the publication date. A relative year ("this year", "last year") is read from the publication date; without
 * one the phrase is found but not resolved. Years that are only a base of comparison ("compared to 2015", "since
 * 2016", "than in 2013", "the same period last year") are marked as such.
 */
final class PeriodPhrases {

    /** A phrase naming a period: where it is, the period (null when unresolved), and whether it is only a base. */
    record Mention(int start, int end, String period, boolean base, boolean none) {

        /** "the same period last year": the base a figure is compared with, one year before the figure's period. */
        boolean isYearBefore() {
            return base && period != null && period.equals(YEAR_BEFORE);
        }
    }

    static final String YEAR_BEFORE = "year before";

    private static final String YEAR = "(\\d{4}|this year|last year|the year|the current year|the same year)";
    private static final String COUNT = "(\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven)";
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November"
            + "|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?";
    private static final Pattern PHRASE = Pattern.compile("(?i)"
            + "(?<half>(?:the\\s+)?(first|second)[ -]half(?:\\s+(?:of|in)\\s+" + YEAR + ")?|\\bH([12])\\b)"
            + "|(?<quarters>(?:the\\s+)?first\\s+" + COUNT + "\\s+quarters(?:\\s+(?:of|in)\\s+" + YEAR + ")?"
            + "|(?:the\\s+)?(first|second|third|fourth)\\s+quarter(?:\\s+(?:of|in)\\s+" + YEAR + ")?)"
            + "|(?<months>(?:the\\s+)?first\\s+" + COUNT + "\\s+months(?:\\s+(?:of|in)\\s+" + YEAR + ")?)"
            + "|(?<range>(?:from\\s+|between\\s+)?" + MONTH + "\\s*(?:-|–|to|through|and)\\s*" + MONTH
            + "(?:,?\\s+(\\d{4}|this year|last year))?)"
            + "|(?<end>by the end of\\s+(?:" + MONTH + "(?:,?\\s+(\\d{4}))?|(\\d{4}|this year|last year)))"
            + "|(?<base>(?:same period (?:of )?last year|a year (?:earlier|ago)|(?:since|compared (?:to|with)|than"
            + "(?: that of| in)?|that of|from|over|sum of|total of|(?:at|since) the end of)\\s+(\\d{4}|last year)"
            + "|since\\s+(?:[\\w-]+\\s+){0,8}in\\s+\\d{4}))"
            + "|(?<none>\\b(?:in (?:previous|recent|past) years|annually|each year|every year|per year|for many years"
            + "|usually|currently|at present|now)\\b)"
            + "|(?<year>\\b(?:in|of|for|during|throughout)\\s+(\\d{4})\\b|\\b(?:this|last) year\\b|^(\\d{4})\\b)"
            + "|(?<years>\\b(?:between|from)\\s+(\\d{4})\\s+(?:and|to)\\s+(\\d{4})\\b)"
            + "|(?<target>\\bby\\s+(\\d{4})\\b)"
            + "|(?<month>\\b(?:in|during|for)\\s+" + MONTH + ",?\\s+(\\d{4}|this year|last year)\\b)");

    private PeriodPhrases() {
    }

    static List<Mention> in(String sentence, LocalDate publishedOn) {
        List<Mention> mentions = new ArrayList<>();
        Matcher phrase = PHRASE.matcher(sentence);
        while (phrase.find()) {
            mentions.add(new Mention(phrase.start(), phrase.end(), resolve(phrase, publishedOn),
                    phrase.group("base") != null, phrase.group("none") != null));
        }
        return mentions;
    }

    private static String resolve(Matcher phrase, LocalDate publishedOn) {
        if (phrase.group("half") != null) {
            boolean second = "second".equalsIgnoreCase(phrase.group(2)) || "2".equals(phrase.group(4));
            Integer year = year(phrase.group(3), publishedOn);
            return year == null ? null : year + (second ? "-H2" : "-H1");
        }
        if (phrase.group("quarters") != null) {
            if (phrase.group(8) != null) {
                Integer year = year(phrase.group(9), publishedOn);
                return year == null ? null : year + "-Q" + ordinal(phrase.group(8));
            }
            Integer year = year(phrase.group(7), publishedOn);
            int quarters = count(phrase.group(6));
            return year == null ? null : year + (quarters == 1 ? "-Q1" : "-Q1..Q" + quarters);
        }
        if (phrase.group("months") != null) {
            return months(year(phrase.group(12), publishedOn), 1, count(phrase.group(11)));
        }
        if (phrase.group("range") != null) {
            return months(year(phrase.group(16), publishedOn), month(phrase.group(14)), month(phrase.group(15)));
        }
        if (phrase.group("end") != null) {
            if (phrase.group(18) == null) {
                Integer year = year(phrase.group(20), publishedOn);
                return year == null ? null : wholeOrSoFar(year, publishedOn);
            }
            return months(year(phrase.group(19), publishedOn), 1, month(phrase.group(18)));
        }
        if (phrase.group("base") != null) {
            if (phrase.group("base").toLowerCase(Locale.ROOT).startsWith("same period")) {
                return YEAR_BEFORE;
            }
            return phrase.group(22) != null && phrase.group(22).matches("\\d{4}") ? phrase.group(22) : null;
        }
        if (phrase.group("none") != null) {
            return null;
        }
        if (phrase.group("years") != null) {
            int first = Integer.parseInt(phrase.group(28));
            int last = Integer.parseInt(phrase.group(29));
            return last < first ? null : first == last ? String.valueOf(first) : first + "-01-01.." + last + "-12-31";
        }
        if (phrase.group("target") != null) {
            return phrase.group(31); // "to $35 billion by 2030": the year a goal is set for
        }
        if (phrase.group("month") != null) {
            return months(year(phrase.group(34), publishedOn), month(phrase.group(33)), month(phrase.group(33)));
        }
        String text = phrase.group("year").toLowerCase(Locale.ROOT);
        String digits = phrase.group(25) != null ? phrase.group(25) : phrase.group(26);
        if (digits != null) {
            return wholeOrSoFar(Integer.parseInt(digits), publishedOn);
        }
        Integer year = year(text, publishedOn);
        return year == null ? null : wholeOrSoFar(year, publishedOn);
    }

    /** The same period a year earlier: 2023-H1 becomes 2022-H1. */
    static String yearBefore(String period) {
        if (period == null) {
            return null;
        }
        Matcher years = Pattern.compile("\\d{4}").matcher(period);
        StringBuilder shifted = new StringBuilder();
        while (years.find()) {
            years.appendReplacement(shifted, String.valueOf(Integer.parseInt(years.group()) - 1));
        }
        years.appendTail(shifted);
        return shifted.toString().replace("-02-29", "-02-28");
    }

    /** A year still running at publication is the year so far: "in 2025" in an article of 30 June 2025. */
    private static String wholeOrSoFar(int year, LocalDate publishedOn) {
        if (publishedOn != null && publishedOn.getYear() == year && publishedOn.getDayOfYear() < 360) {
            return year + "-01-01.." + publishedOn;
        }
        return String.valueOf(year);
    }

    private static String months(Integer year, int first, int last) {
        if (year == null || first < 1 || last > 12 || last < first) {
            return null;
        }
        if (first == 1 && last == 12) {
            return String.valueOf(year);
        }
        return first == last ? String.format("%d-%02d", year, first)
                : String.format("%d-%02d..%d-%02d", year, first, year, last);
    }

    /** The year a phrase names; "this year", "the year" and no year at all are the publication's. */
    private static Integer year(String text, LocalDate publishedOn) {
        if (text != null && text.matches("\\d{4}")) {
            return Integer.valueOf(text);
        }
        if (publishedOn == null) {
            return null;
        }
        return text != null && text.toLowerCase(Locale.ROOT).startsWith("last") ? publishedOn.getYear() - 1
                : publishedOn.getYear();
    }

    private static int count(String text) {
        if (text.matches("\\d+")) {
            return Integer.parseInt(text);
        }
        return NumberWords.valueOf(text).intValue();
    }

    private static int ordinal(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "first" -> 1;
            case "second" -> 2;
            case "third" -> 3;
            default -> 4;
        };
    }

    private static int month(String text) {
        String prefix = text.toLowerCase(Locale.ROOT).substring(0, 3);
        for (Month month : Month.values()) {
            if (month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT).startsWith(prefix)) {
                return month.getValue();
            }
        }
        return 0;
    }
}
