package org.caravan.extract;

import java.math.BigDecimal;
import java.text.BreakIterator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.caravan.trade.Qualifier;
import org.caravan.trade.Unit;

/**
 * Reads an article's text and proposes its figures, sentence by sentence: each amount stated in digits with its
 * currency or unit and scale ("RMB 2.92 billion", "$5bn", "44.4 billion yuan", "25-30 minutes"), the article's
 * hedging before it ("about", "exceeded", "expected to surpass"), the growth rate stated after it ("an increase of
 * 248.2 percent year on year"; declines negative) and the period the sentence gives it. Years, dates and growth
 * rates are not figures of their own. This is the first step of issue 17's extraction: what it proposes an editor
 * reviews; nothing is stored.
 */
public final class FigureExtractor {

    private static final String NUMBER = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";
    private static final Pattern AMOUNT = Pattern.compile("(?i)(?:(RMB|CNY|USD|US\\$|\\$|¥)\\s?)?(" + NUMBER + ")"
            + "(?:\\s?(?:-|–|to)\\s?(" + NUMBER + "))?"
            + "(?:\\s?(billion|million|thousand|bn|mln|mn)\\b)?"
            + "(?:\\s?(yuan|U\\.S\\. dollars|US dollars|dollars|USD|CNY|percent|per cent|pc\\b|%|minutes|square kilometres"
            + "|sq km))?");
    private static final Pattern GROWTH_WORD = Pattern.compile(
            "(?i)\\b(increase|increased|rise|rose|growth|grew|up|surge|surged|jump|jumped|year[- ]on[- ]year)\\b");
    private static final Pattern DECLINE_WORD = Pattern.compile(
            "(?i)\\b(decrease|decreased|decline|declined|down|fell|fall|drop|dropped)\\b");
    private static final Pattern MONTH = Pattern.compile("(?i)(January|February|March|April|May|June|July|August"
            + "|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?");
    private static final String[][] QUALIFIERS = {
        { "expected to surpass", "EXPECTED_TO_EXCEED" }, { "expected to exceed", "EXPECTED_TO_EXCEED" },
        { "expected to", "EXPECTED" }, { "projected to", "EXPECTED" }, { "will reach", "EXPECTED" },
        { "exceeded", "EXCEEDS" }, { "surpassed", "EXCEEDS" }, { "topped", "EXCEEDS" },
        { "more than", "MORE_THAN" }, { "over", "MORE_THAN" }, { "nearly", "NEARLY" }, { "almost", "NEARLY" },
        { "about", "ABOUT" }, { "around", "ABOUT" }, { "approximately", "ABOUT" }, { "roughly", "ABOUT" } };

    private FigureExtractor() {
    }

    public static List<FigureProposal> extract(String text, LocalDate publishedOn) {
        List<FigureProposal> proposals = new ArrayList<>();
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        sentences.setText(text);
        for (int start = sentences.first(), end = sentences.next(); end != BreakIterator.DONE;
                start = end, end = sentences.next()) {
            readSentence(text, start, end, publishedOn, proposals);
        }
        return proposals;
    }

    /** An amount as the pattern read it. */
    private record Amount(int start, int end, String printed, String currency, String number, String high, String scale,
            String unit) {

        static Amount of(Matcher match) {
            return new Amount(match.start(), match.end(), match.group().strip(), match.group(1), match.group(2),
                    match.group(3), match.group(4), match.group(5));
        }

        boolean isPercent() {
            return unit != null && unit.toLowerCase(Locale.ROOT).matches("percent|per cent|pc|%");
        }
    }

    private static void readSentence(String text, int from, int to, LocalDate publishedOn, List<FigureProposal> out) {
        String sentence = text.substring(from, to).strip();
        int offset = from + text.substring(from, to).indexOf(sentence);
        List<Amount> amounts = new ArrayList<>();
        Matcher match = AMOUNT.matcher(sentence);
        while (match.find()) {
            Amount amount = Amount.of(match);
            if (isFigure(sentence, amount)) {
                amounts.add(amount);
            }
        }
        for (int i = 0; i < amounts.size(); i++) {
            Amount amount = amounts.get(i);
            if (amount.isPercent() && isGrowth(sentence, amount)) {
                continue; // a rate: it goes on the figure before it
            }
            FigureProposal.Converted converted = null;
            int last = i;
            if (i + 1 < amounts.size() && isConversion(sentence, amount, amounts.get(i + 1))) {
                Amount other = amounts.get(i + 1);
                converted = new FigureProposal.Converted(other.printed(), value(other.number(), other.scale()),
                        unit(other), qualifier(sentence.substring(amount.end(), other.start())));
                last = i + 1;
            }
            String before = sentence.substring(0, amount.start());
            out.add(new FigureProposal(sentence, offset + amount.start(), offset + amount.start() + amount.printed().length(),
                    amount.printed(), value(amount.number(), amount.scale()),
                    amount.high() == null ? null : value(amount.high(), amount.scale()), unit(amount), qualifier(before),
                    growthAfter(sentence, amounts, last), PeriodPhrases.lastIn(before, publishedOn), converted));
            i = last;
        }
    }

    /** An amount of money followed in brackets by money in another currency: the same amount, converted. */
    private static boolean isConversion(String sentence, Amount amount, Amount next) {
        Unit unit = unit(amount);
        Unit other = unit(next);
        return unit.isMoney() && other.isMoney() && unit != other
                && sentence.substring(amount.end(), next.start()).matches("\\s*\\(\\s*[A-Za-z ]{0,20}");
    }

    /** Not a year, a day of a date, or a number without anything that makes it an amount. */
    private static boolean isFigure(String sentence, Amount amount) {
        if (amount.currency() != null || amount.scale() != null || amount.unit() != null) {
            return true;
        }
        String digits = amount.number();
        boolean year = digits.matches("(19|20)\\d\\d");
        String before = sentence.substring(Math.max(0, amount.start() - 10), amount.start());
        String after = sentence.substring(amount.end(), Math.min(sentence.length(), amount.end() + 10));
        boolean dated = MONTH.matcher(before).find() || MONTH.matcher(after).lookingAt()
                || after.matches("(?s)\\s+" + MONTH.pattern() + ".*");
        return !year && !dated && !digits.contains(".");
    }

    /** A rate of change, not a share: a word of growth or decline close before or after it. */
    private static boolean isGrowth(String sentence, Amount rate) {
        String around = sentence.substring(Math.max(0, rate.start() - 40), Math.min(sentence.length(), rate.end() + 25));
        return GROWTH_WORD.matcher(around).find() || DECLINE_WORD.matcher(around).find();
    }

    /** The growth rate stated after a figure and before the next figure, negative for a decline. */
    private static BigDecimal growthAfter(String sentence, List<Amount> amounts, int index) {
        for (int j = index + 1; j < amounts.size(); j++) {
            Amount rate = amounts.get(j);
            if (!rate.isPercent() || !isGrowth(sentence, rate)) {
                return null; // the next figure comes first
            }
            String between = sentence.substring(amounts.get(index).end(), rate.start());
            BigDecimal percent = value(rate.number(), null);
            return DECLINE_WORD.matcher(between).find() ? percent.negate() : percent;
        }
        return null;
    }

    private static BigDecimal value(String number, String scale) {
        BigDecimal value = new BigDecimal(number.replace(",", ""));
        if (scale == null) {
            return value;
        }
        return switch (scale.toLowerCase(Locale.ROOT)) {
            case "billion", "bn" -> value.movePointRight(9);
            case "million", "mln", "mn" -> value.movePointRight(6);
            default -> value.movePointRight(3);
        };
    }

    private static Unit unit(Amount amount) {
        String word = (amount.currency() != null ? amount.currency() : amount.unit() != null ? amount.unit() : "")
                .toLowerCase(Locale.ROOT);
        return switch (word) {
            case "rmb", "cny", "yuan", "¥" -> Unit.CNY;
            case "usd", "us$", "$", "us dollars", "u.s. dollars", "dollars" -> Unit.USD;
            case "percent", "per cent", "pc", "%" -> Unit.PERCENT;
            case "minutes" -> Unit.MINUTES;
            case "square kilometres", "sq km" -> Unit.KM2;
            default -> Unit.COUNT;
        };
    }

    /** The hedging nearest before the amount, within a few words. */
    private static Qualifier qualifier(String before) {
        String near = before.substring(Math.max(0, before.length() - 30)).toLowerCase(Locale.ROOT);
        Qualifier found = Qualifier.EXACT;
        int at = -1;
        for (String[] qualifier : QUALIFIERS) {
            int index = near.lastIndexOf(qualifier[0]);
            if (index > at) {
                at = index;
                found = Qualifier.valueOf(qualifier[1]);
            }
        }
        return found;
    }
}
