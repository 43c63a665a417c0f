package org.caravan.extract;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * English number words: "thirteen", "a hundred", "twenty-five", "two thousand", and the fractions that state a share
 * ("two-thirds", "half"). Small and closed, so a table reads them; ICU4J's spell-out rules would need its whole data
 * bundle in the native image for the same handful of words.
 */
final class NumberWords {

    private static final Map<String, Integer> SMALL = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90), Map.entry("dozen", 12));
    private static final Map<String, Long> SCALES = Map.of("hundred", 100L, "thousand", 1_000L, "million", 1_000_000L,
            "billion", 1_000_000_000L);
    private static final String SMALL_WORD = "(?:" + String.join("|", SMALL.keySet()) + ")";
    private static final String SCALE_WORD = "(?:hundred|thousand|million|billion)";

    /** A number in words: "thirteen", "a hundred", "twenty-five", "two hundred forty". */
    static final Pattern NUMBER = Pattern.compile("(?i)\\b(?:(?:a|an)\\s+(?:" + SCALE_WORD + "|dozen)|" + SMALL_WORD + ")"
            + "(?:(?:\\s+|-)(?:" + SMALL_WORD + "|" + SCALE_WORD + "))*\\b");

    /** A fraction that states a share of something: "two-thirds of", "half of". */
    static final Pattern FRACTION = Pattern.compile("(?i)\\b(half|(?:a|one)[ -]third|two[ -]thirds|(?:a|one)[ -]quarter"
            + "|three[ -]quarters|(?:a|one)[ -]fifth)(?=\\s+of\\b)");

    /** A fraction by which something changed: "soared by more than a third" (the fraction is group 1). */
    static final Pattern FRACTION_OF_CHANGE = Pattern.compile("(?i)\\bby\\s+(?:(?:more than|nearly|almost|about|over"
            + "|some|roughly)\\s+)?(half|(?:a|one)[ -]third|two[ -]thirds|(?:a|one)[ -]quarter|three[ -]quarters"
            + "|(?:a|one)[ -]fifth)\\b");

    /** A multiple in words: "doubled", "fourfold", "more than halved". */
    static final Pattern MULTIPLE = Pattern.compile("(?i)\\b(doubled|doubling|double(?= that\\b)|tripled|trebled"
            + "|triple(?= that\\b)|quadrupled|halved"
            + "|(?:" + SMALL_WORD + ")-?fold|(?:" + SMALL_WORD + ")\\s+times)\\b");

    private NumberWords() {
    }

    /** The value of a number in words as {@link #NUMBER} finds it. */
    static BigDecimal valueOf(String words) {
        long total = 0;
        long current = 0;
        for (String word : words.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
            if (word.equals("a") || word.equals("an")) {
                current = 1;
            } else if (SMALL.containsKey(word)) {
                current += SMALL.get(word);
            } else if (word.equals("hundred")) {
                current = (current == 0 ? 1 : current) * 100;
            } else if (SCALES.containsKey(word)) {
                total += (current == 0 ? 1 : current) * SCALES.get(word);
                current = 0;
            }
        }
        return BigDecimal.valueOf(total + current);
    }

    /** A fraction as a percentage: "two-thirds" is 66.67. */
    static BigDecimal percentOf(String fraction) {
        String words = fraction.toLowerCase(Locale.ROOT).replace(' ', '-');
        return switch (words) {
            case "half" -> BigDecimal.valueOf(50);
            case "two-thirds" -> new BigDecimal("66.67");
            case "three-quarters" -> BigDecimal.valueOf(75);
            case "a-quarter", "one-quarter" -> BigDecimal.valueOf(25);
            case "a-fifth", "one-fifth" -> BigDecimal.valueOf(20);
            default -> new BigDecimal("33.33");
        };
    }

    /** The factor a multiple in words states: "tripled" is 3, "halved" 0.5, "fourfold" 4. */
    static BigDecimal factorOf(String multiple) {
        String word = multiple.toLowerCase(Locale.ROOT);
        if (word.startsWith("doubl")) {
            return BigDecimal.valueOf(2);
        }
        if (word.startsWith("tripl") || word.startsWith("trebl")) {
            return BigDecimal.valueOf(3);
        }
        if (word.startsWith("quadrupl")) {
            return BigDecimal.valueOf(4);
        }
        if (word.equals("halved")) {
            return new BigDecimal("0.5");
        }
        return valueOf(word.replaceAll("-?fold$|\\s+times$", ""));
    }
}
