package org.caravan.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.caravan.trade.Unit;

/**
 * Finds the quantities of one sentence: amounts in digits with their currency, scale and unit ("RMB 2.92 billion",
 * "$5bn", "674,000 tonnes", "40.7pc", "25-30 minutes"), counts of named things ("7,762 China-Europe freight trains",
 * "Thirteen land ports"), fractions that state a share ("two-thirds of") and multiples ("2.2-fold", "doubled").
 * Years, dates, clock times, ordinals, numbers inside a period phrase and counts that only name a group ("the five
 * Central Asian countries") are not quantities.
 */
final class AmountReader {

    private static final String CURRENCY = "RMB|CNY|USD|US\\s?\\$|U\\.S\\.\\s?\\$|\\$|¥";
    private static final String NUMBER = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";
    private static final String SCALE = "trillion|billion|million|thousand|bln|bn|mln|mn";
    private static final String UNIT = "RMB yuan|yuan|renminbi|RMB|U\\.S\\. dollars|US dollars|USD|CNY|dollars|%|percent"
            + "|per cent|pct|pc|percentage points?|square kilomet(?:re|er)s|sq\\.? ?km|km2|square met(?:re|er)s|sq\\.? ?m"
            + "|m2|kilomet(?:re|er)s|km"
            + "|met(?:re|er)s|metric tons|metric tonnes|tonnes|tons|tonne|ton|minutes|hours|days|months";
    private static final Pattern DIGITS = Pattern.compile("(?i)(?<![\\w.,:/-])(?:(" + CURRENCY + ")\\s?)?(" + NUMBER + ")"
            + "(?:\\s?(" + SCALE + ")\\b)?"
            + "(?:\\s?(?:-|–|to)\\s?(?:(?:" + CURRENCY + ")\\s?)?(" + NUMBER + "))?"
            + "(?:\\s?(" + SCALE + ")\\b)?"
            + "(?:\\s?(" + UNIT + ")(?![A-Za-z]))?"
            + "(?:\\s?-?\\s?(fold|times)\\b)?");
    private static final Pattern MONTH = Pattern.compile("(?i)\\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov"
            + "|Dec)[a-z]*\\.?$");
    private static final Pattern MONTH_AFTER = Pattern.compile("(?i)^\\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct"
            + "|Nov|Dec)[a-z]*\\b");
    private static final Pattern GROUP_WORD = Pattern.compile("(?i)(?:\\b(?:the|top|its|their|these|those|all|both|first"
            + "|last|next|past|every|each|other|of the)|['’]s)\\s+$");
    /** "five Central Asian countries", "three Baltic states": a count that names a group. */
    private static final Pattern NAMED_GROUP = Pattern.compile("^\\s+(?:[A-Z][\\w-]*\\s+)+(?:countries|states|nations"
            + "|republics)\\b");
    private static final String STOP = "in|of|for|to|from|with|and|or|at|on|by|via|that|which|who|were|was|have|has|had"
            + "|are|is|be|been|crossed|passed|left|entered|through|since|this|last|during|now|so|already|each|per|than"
            + "|as|while|under|over|between|into|across|mainly|including|respectively|worth|valued|carrying|linking"
            + "|transporting|connecting|covering|serving|handling|bringing|reaching|up|down|year|years";
    private static final Pattern COUNTED = Pattern.compile("^\\s+((?:(?!(?:" + STOP + ")\\b)[A-Za-z][\\w’'-]*\\s+){0,4}?"
            + "(?!(?:" + STOP + ")\\b)[A-Za-z][\\w’'-]*)(?=\\s+(?:" + STOP + ")\\b|\\s*[,.;:)\"”]|\\s*$)");
    private static final Pattern FIRST_WORD = Pattern.compile("^\\s+((?!(?:" + STOP + ")\\b)[A-Za-z][\\w’'-]*)");
    private static final Pattern LIST_JOIN = Pattern.compile("^\\s*(?:,\\s*(?:and\\s+|or\\s+)?|and\\s+|or\\s+)$");

    private AmountReader() {
    }

    /** The quantities of {@code sentence}, in order; {@code periods} are spans of period phrases to leave alone. */
    static List<Amount> read(String sentence, List<int[]> periods) {
        List<Amount> found = new ArrayList<>();
        readDigits(sentence, found);
        readWords(sentence, found);
        found.removeIf(amount -> inside(amount, periods));
        found.sort(Comparator.comparingInt(Amount::start));
        shareListUnits(sentence, found);
        List<Amount> quantities = new ArrayList<>();
        for (Amount amount : found) {
            Amount kept = amount.unit() != null || amount.multiple() ? amount : asCount(sentence, amount);
            if (kept != null) {
                quantities.add(kept);
            }
        }
        return quantities;
    }

    private static void readDigits(String sentence, List<Amount> found) {
        Matcher match = DIGITS.matcher(sentence);
        int from = 0;
        while (from < sentence.length() && match.find(from)) {
            from = match.end();
            if (match.end() < sentence.length() && Character.isLetter(sentence.charAt(match.end()))) {
                continue; // "7th", "5G"
            }
            if (match.end() < sentence.length() - 1 && sentence.charAt(match.end()) == '-'
                    && Character.isLetter(sentence.charAt(match.end() + 1))) {
                continue; // "a 10-year plan"
            }
            String number = match.group(2);
            String high = match.group(4);
            String before = Windows.before(sentence, match.start(), Windows.WORDS);
            if (high != null && (isYear(number) || before.matches("(?is).*\\bfrom\\s+(?:about\\s+|around\\s+)?$")
                    || !(new BigDecimal(plain(high)).compareTo(new BigDecimal(plain(number))) > 0))) {
                // "from 91 to 116" and "in 2013 to 46.32 billion" are two figures, not a range
                from = match.start() + match.group().indexOf(number) + number.length();
                found.add(new Amount(match.start() + match.group().indexOf(number), from, new BigDecimal(plain(number)),
                        null, scale(match.group(3)), currencyUnit(match.group(1)), null, false, false));
                continue;
            }
            String scaleWord = match.group(5) != null ? match.group(5) : match.group(3);
            Unit unit = match.group(1) != null ? currencyUnit(match.group(1)) : unitOf(match.group(6));
            boolean multiple = match.group(7) != null;
            BigDecimal scale = isSquareMetres(match.group(6)) ? SQUARE_METRE : scale(scaleWord);
            found.add(new Amount(match.start(), match.end(), new BigDecimal(plain(number)),
                    high == null ? null : new BigDecimal(plain(high)), scale, multiple ? null : unit, null,
                    multiple, false));
        }
    }

    private static void readWords(String sentence, List<Amount> found) {
        Matcher words = NumberWords.NUMBER.matcher(sentence);
        while (words.find()) {
            String before = Windows.before(sentence, words.start(), Windows.WORDS);
            String after = Windows.after(sentence, words.end(), Windows.WORDS);
            if (words.group().equalsIgnoreCase("one") || GROUP_WORD.matcher(before).find() || NAMED_GROUP.matcher(after).find()
                    || after.matches("(?is)^-?\\s?(?:fold|times)\\b.*")) {
                continue;
            }
            Matcher unitWord = Pattern.compile("(?i)^\\s(" + SCALE + ")?\\s?(" + UNIT + ")\\b").matcher(after);
            if (unitWord.find()) {
                Unit unit = unitOf(unitWord.group(2));
                found.add(new Amount(words.start(), words.end() + unitWord.end(), NumberWords.valueOf(words.group()),
                        null, scale(unitWord.group(1)), unit, null, false, true));
                continue;
            }
            String counted = countedAfter(sentence, words.end());
            if (counted != null) {
                found.add(new Amount(words.start(), words.end(), NumberWords.valueOf(words.group()), null,
                        BigDecimal.ONE, Unit.COUNT, counted, false, true));
            }
        }
        Matcher fraction = NumberWords.FRACTION.matcher(sentence);
        while (fraction.find()) {
            if (!Windows.before(sentence, fraction.start(), 20).matches("(?is).*\\b(?:first|second)\\s+$")) {
                found.add(new Amount(fraction.start(), fraction.end(), NumberWords.percentOf(fraction.group(1)), null,
                        BigDecimal.ONE, Unit.PERCENT, null, false, true));
            }
        }
        Matcher change = NumberWords.FRACTION_OF_CHANGE.matcher(sentence);
        while (change.find()) {
            found.add(new Amount(change.start(1), change.end(1), NumberWords.percentOf(change.group(1)), null,
                    BigDecimal.ONE, Unit.PERCENT, null, false, true));
        }
        Matcher multiple = NumberWords.MULTIPLE.matcher(sentence);
        while (multiple.find()) {
            found.add(new Amount(multiple.start(), multiple.end(), NumberWords.factorOf(multiple.group(1)), null,
                    BigDecimal.ONE, null, null, true, true));
        }
    }

    /** "280 million and 220 million U.S. dollars": the first takes the unit printed after the last. */
    private static void shareListUnits(String sentence, List<Amount> amounts) {
        for (int i = amounts.size() - 2; i >= 0; i--) {
            Amount amount = amounts.get(i);
            Amount next = amounts.get(i + 1);
            if (amount.unit() == null && !amount.multiple() && !next.multiple() && next.unit() != null
                    && amount.end() <= next.start()
                    && LIST_JOIN.matcher(sentence.substring(amount.end(), next.start())).matches()) {
                amounts.set(i, amount.sharing(next));
            }
        }
    }

    /** A number printed alone: a count of the things named after it, unless it is a year, a date or a decimal. */
    private static Amount asCount(String sentence, Amount amount) {
        String printed = sentence.substring(amount.start(), amount.end());
        if (amount.inWords()) {
            return amount;
        }
        String before = Windows.before(sentence, amount.start(), Windows.WORDS);
        String after = Windows.after(sentence, amount.end(), Windows.WORDS);
        boolean bare = amount.scale().compareTo(BigDecimal.ONE) == 0;
        if (bare && (isYear(printed) || printed.contains(".") || MONTH.matcher(before.stripTrailing()).find()
                || MONTH_AFTER.matcher(after).find() || before.matches("(?is).*\\bNo\\.?\\s*$")
                || after.matches("(?is)^\\s*[-‑]?\\s*years?\\b.*"))) {
            return null;
        }
        return new Amount(amount.start(), amount.end(), amount.number(), amount.high(), amount.scale(), Unit.COUNT,
                countedAfter(sentence, amount.end()), false, false);
    }

    private static String countedAfter(String sentence, int end) {
        String after = Windows.after(sentence, end, Windows.WORDS);
        Matcher counted = COUNTED.matcher(after);
        if (counted.find()) {
            return counted.group(1);
        }
        Matcher word = FIRST_WORD.matcher(after);
        return word.find() ? word.group(1) : null;
    }

    private static boolean inside(Amount amount, List<int[]> spans) {
        return spans.stream().anyMatch(span -> amount.start() >= span[0] && amount.start() < span[1]);
    }

    /** Square metres are stated in square kilometres, Caravan's unit of area. */
    private static final BigDecimal SQUARE_METRE = new BigDecimal("0.000001");

    private static boolean isSquareMetres(String unit) {
        return unit != null && unit.toLowerCase(Locale.ROOT).replace(" ", "").matches("squaremet(?:re|er)s|sq\\.?m|m2");
    }

    static boolean isYear(String printed) {
        return printed.matches("(?:19|20)\\d\\d");
    }

    private static String plain(String number) {
        return number.replace(",", "");
    }

    private static BigDecimal scale(String word) {
        if (word == null) {
            return BigDecimal.ONE;
        }
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "trillion" -> BigDecimal.TEN.pow(12);
            case "billion", "bn", "bln" -> BigDecimal.TEN.pow(9);
            case "million", "mln", "mn" -> BigDecimal.TEN.pow(6);
            default -> BigDecimal.TEN.pow(3);
        };
    }

    private static Unit currencyUnit(String currency) {
        if (currency == null) {
            return null;
        }
        String word = currency.toUpperCase(Locale.ROOT);
        return word.equals("RMB") || word.equals("CNY") || word.equals("¥") ? Unit.CNY : Unit.USD;
    }

    static Unit unitOf(String word) {
        if (word == null) {
            return null;
        }
        String unit = word.toLowerCase(Locale.ROOT).replace(" ", "");
        if (unit.matches("rmbyuan|yuan|renminbi|rmb|cny")) {
            return Unit.CNY;
        }
        if (unit.matches("u\\.s\\.dollars|usdollars|usd|dollars")) {
            return Unit.USD;
        }
        if (unit.matches("%|percent|percent|pct|pc")) {
            return Unit.PERCENT;
        }
        if (unit.startsWith("percentagepoint")) {
            return Unit.PERCENTAGE_POINTS;
        }
        if (unit.startsWith("square") || unit.startsWith("sq") || unit.equals("km2") || unit.equals("m2")) {
            return Unit.KM2;
        }
        if (unit.startsWith("kilomet") || unit.equals("km")) {
            return Unit.KM;
        }
        if (unit.startsWith("met")) {
            return unit.startsWith("metric") ? Unit.TONNES : Unit.METRES;
        }
        if (unit.startsWith("ton")) {
            return Unit.TONNES;
        }
        return switch (unit) {
            case "minutes" -> Unit.MINUTES;
            case "hours" -> Unit.HOURS;
            case "days" -> Unit.DAYS;
            default -> Unit.MONTHS;
        };
    }
}
