package org.caravan.extract;

import java.math.BigDecimal;
import java.text.BreakIterator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.caravan.trade.Indicator;
import org.caravan.trade.MultipleWording;
import org.caravan.trade.Qualifier;
import org.caravan.trade.Unit;

/**
 * Reads an article's text and proposes its figures, sentence by sentence: every quantity ({@link AmountReader}) with
 * its hedging ({@link Hedges}), its growth rate or multiple ({@link GrowthRates}), the same amount in another
 * currency in brackets, its period ({@link PeriodPhrases}), the place it belongs to and its partner
 * ({@link PlaceNames}), and a guess of what it measures ({@link FigureKinds}). What a sentence leaves unsaid (the
 * period of "during the period", the place of "the port") is carried from the sentences before it and marked as
 * guessed. Nothing is stored: an editor reviews every proposal.
 */
public final class FigureExtractor {

    private static final Pattern FURNITURE = Pattern.compile("(?i)copyright|©|all rights reserved|\\btel\\b"
            + "|registration number|identification code");
    private static final Pattern CONVERSION = Pattern.compile("^\\s*\\(\\s*(?:[A-Za-z]+\\s+){0,3}$");
    /** A sentence that opens with the rate of the figure before: "With a 45.9% growth, ...", "This is 3.5 percent less". */
    private static final Pattern RATE_OF_THE_FIGURE_BEFORE = Pattern.compile("(?i)^(?:with (?:a|an)|this is|this was"
            + "|that is|it was|this represents|(?:the|this|that) (?:number|figure|value|volume|amount|total))\\s");

    /** Longer than the longest sentence of a news article (the bundled ones stay under 600 characters). */
    private static final int LONGEST_SENTENCE = 2_000;

    private final PlaceNames places;

    public FigureExtractor(PlaceNames places) {
        this.places = places;
    }

    /** What the sentences before the current one established. */
    private static final class Context {
        String period;
        PlaceNames.Mention reporter;
        Unit currency;
        /** A sentence's only proposal when it is a rate without its amount: the next sentence may give the amount. */
        FigureProposal rateAlone;
    }

    public List<FigureProposal> extract(String text, LocalDate publishedOn) {
        List<FigureProposal> proposals = new ArrayList<>();
        Context context = new Context();
        context.currency = mainCurrency(text);
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        sentences.setText(text);
        for (int start = sentences.first(), end = sentences.next(); end != BreakIterator.DONE;
                start = end, end = sentences.next()) {
            for (int[] line : lines(text, start, end)) {
                readSentence(text, line[0], line[1], publishedOn, context, proposals);
            }
        }
        return proposals;
    }

    /**
     * A sentence split at its line breaks (a headline or a dateline without a full stop is a sentence of its own), and
     * a line longer than any sentence split at a space: each sentence is read with a few passes over the words before
     * each of its figures, and a text without full stops must not make that quadratic in the whole text.
     */
    private static List<int[]> lines(String text, int start, int end) {
        List<int[]> lines = new ArrayList<>();
        int from = start;
        for (int i = start; i < end; i++) {
            boolean tooLong = i - from >= LONGEST_SENTENCE
                    && (Character.isWhitespace(text.charAt(i)) || i - from >= 2 * LONGEST_SENTENCE);
            if (text.charAt(i) == '\n' || tooLong) {
                lines.add(new int[] { from, i });
                from = i + 1;
            }
        }
        lines.add(new int[] { from, end });
        return lines;
    }

    private void readSentence(String text, int from, int to, LocalDate publishedOn, Context context,
            List<FigureProposal> out) {
        String sentence = text.substring(from, to).strip();
        if (sentence.isEmpty() || FURNITURE.matcher(sentence).find()) {
            return;
        }
        int offset = from + text.substring(from, to).indexOf(sentence);
        List<PeriodPhrases.Mention> periods = PeriodPhrases.in(sentence, publishedOn);
        List<Amount> amounts = AmountReader.read(sentence, periods.stream().map(p -> new int[] { p.start(), p.end() })
                .toList());
        List<PlaceNames.Mention> mentions = places.in(sentence);
        boolean[] rates = GrowthRates.rates(sentence, amounts);
        boolean[] converted = new boolean[amounts.size()];
        Map<Integer, Integer> conversionOf = new HashMap<>();
        for (int i = 0; i + 1 < amounts.size(); i++) {
            if (!rates[i] && !rates[i + 1] && isConversion(sentence, amounts.get(i), amounts.get(i + 1))) {
                conversionOf.put(i, i + 1);
                converted[i + 1] = true;
            }
        }
        Map<Integer, Integer> rateOf = new HashMap<>();
        List<Integer> ratesAlone = new ArrayList<>();
        RateAttachment.attach(sentence, amounts, rates, converted, rateOf, ratesAlone);

        List<Integer> figures = new ArrayList<>();
        for (int i = 0; i < amounts.size(); i++) {
            if (!converted[i] && (!rates[i] || ratesAlone.contains(i))) {
                figures.add(i);
            }
        }
        Map<Integer, PlaceNames.Mention> listedPlaces = RespectivelyPlaces.of(sentence, amounts, figures, mentions);
        FigureProposal pendingRate = context.rateAlone;
        context.rateAlone = null;
        int before = out.size();
        for (int i : figures) {
            if (rates[i] && i == 0 && RATE_OF_THE_FIGURE_BEFORE.matcher(sentence).find() && !out.isEmpty()
                    && takesGrowth(out.get(out.size() - 1))) {
                FigureProposal previous = out.remove(out.size() - 1);
                out.add(withGrowth(previous, GrowthRates.signed(sentence, amounts, rates, i)));
                continue;
            }
            out.add(propose(text, sentence, offset, i, amounts, rates, converted, rateOf, conversionOf, periods,
                    mentions, listedPlaces, context));
        }
        if (figures.size() == 1 && rates[figures.get(0)] && out.size() == before + 1) {
            context.rateAlone = out.get(out.size() - 1); // "surged by 51.4 percent ... ." and the amount next
        } else if (pendingRate != null && out.size() > before && takesGrowth(out.get(before))
                && out.get(before - 1) == pendingRate) {
            out.set(before, withGrowth(out.get(before), pendingRate.growthPercent()));
            out.remove(before - 1);
        }
        periods.stream().filter(p -> !p.base() && p.period() != null).reduce((a, b) -> b)
                .ifPresent(p -> context.period = p.period());
        if (!FigurePlaces.ABOUT_THE_CONTEXT.matcher(sentence).find()) {
            mentions.stream().filter(m -> m.role() == PlaceNames.Role.REPORTER && !"CN".equals(m.code())).findFirst()
                    .ifPresent(m -> context.reporter = m);
        }
    }

    private FigureProposal propose(String text, String sentence, int offset, int i, List<Amount> amounts,
            boolean[] rates, boolean[] converted, Map<Integer, Integer> rateOf, Map<Integer, Integer> conversionOf,
            List<PeriodPhrases.Mention> periods, List<PlaceNames.Mention> mentions,
            Map<Integer, PlaceNames.Mention> listedPlaces, Context context) {
        Amount amount = amounts.get(i);
        boolean rateAlone = rates[i];
        List<String> guessed = new ArrayList<>();
        int clauseStart = i == 0 ? 0 : amounts.get(i - 1).end();
        String clause = Windows.before(sentence, amount.start(),
                Math.min(Windows.WORDS, amount.start() - Math.min(clauseStart, amount.start())));
        String before = Windows.before(sentence, amount.start(), Windows.WORDS);

        BigDecimal growth = null;
        BigDecimal multiple = null;
        MultipleWording wording = null;
        Integer rate = rateAlone ? Integer.valueOf(i) : rateOf.get(i);
        if (rate != null) {
            BigDecimal signed = GrowthRates.signed(sentence, amounts, rates, rate);
            if (amounts.get(rate).multiple()) {
                multiple = signed;
                wording = GrowthRates.wordingOf(sentence, amounts.get(rate));
            } else {
                growth = signed;
            }
        }
        Unit unit = amount.unit();
        if (rateAlone) {
            unit = context.currency;
            guessed.add("unit");
        }
        FigureProposal.Converted conversion = null;
        Integer other = conversionOf.get(i);
        if (other != null) {
            Amount in = amounts.get(other);
            conversion = new FigureProposal.Converted(printed(sentence, in), in.printedForInput(), in.value(),
                    in.highValue(), in.unit(),
                    Hedges.of(sentence.substring(amount.end(), in.start()), ""));
        }
        Qualifier qualifier = Hedges.of(before, clause);
        String period = FigurePeriods.of(sentence, i, amounts, converted, unit, rateAlone, periods, context.period,
                guessed);
        if (qualifier.isForecast() && guessed.remove("period")) {
            period = null; // a forecast is of a period still to come, not of the one before
        }

        PlaceNames.Mention listed = listedPlaces.get(i);
        PlaceNames.Mention reporter = FigurePlaces.reporterOf(sentence, amount, mentions, listed, context.reporter,
                guessed);
        PlaceNames.Mention partner = listed != null && listed.role() == PlaceNames.Role.PARTNER ? listed
                : FigurePlaces.partnerOf(amount, mentions);
        if (partner != null && reporter != null && partner.start() == reporter.start()) {
            partner = null;
        }

        String words = Windows.before(sentence, amount.start(), 3 * Windows.WORDS);
        Indicator indicator = FigureKinds.indicatorOf(unit, amount.counted(), words, rateAlone);
        guessed.add("indicator");
        int start = offset + amount.start();
        int end = offset + amount.end();
        return new FigureProposal(sentence, offset, start, end, text.substring(start, end),
                rateAlone ? null : amount.printedForInput(), rateAlone ? null : amount.value(),
                rateAlone ? null : amount.highValue(), unit, amount.counted(),
                qualifier, indicator, FigureKinds.flowOf(indicator, words), period,
                reporter == null ? null : reporter.name(), reporter == null ? null : reporter.code(),
                partner == null ? null : partner.name(), partner == null ? null : partner.code(), growth, multiple,
                wording, conversion, "guessed: " + String.join(", ", guessed));
    }

    /** A value of money, cargo or a count, whose growth its next sentence may give. */
    private static boolean takesGrowth(FigureProposal figure) {
        return figure.value() != null && figure.growthPercent() == null && figure.unit() != null
                && (figure.unit().isMoney() || figure.unit() == Unit.TONNES || figure.unit() == Unit.COUNT);
    }

    /** The figure before with the rate its next sentence gives it. */
    private static FigureProposal withGrowth(FigureProposal f, BigDecimal growth) {
        return new FigureProposal(f.quote(), f.quoteStart(), f.start(), f.end(), f.amount(), f.printedAmount(),
                f.value(), f.valueHigh(), f.unit(), f.counted(), f.qualifier(), f.indicator(), f.flow(), f.periodText(),
                f.reporterName(), f.reporterCode(), f.partnerName(), f.partnerCode(), growth, f.multiple(),
                f.multipleWording(), f.converted(), f.reason() + ", growth (from the next sentence)");
    }

    /** An amount of money followed in brackets by money in another currency: the same amount, converted. */
    private static boolean isConversion(String sentence, Amount amount, Amount next) {
        return amount.unit() != null && next.unit() != null && amount.unit().isMoney() && next.unit().isMoney()
                && amount.unit() != next.unit() && amount.end() <= next.start()
                && CONVERSION.matcher(sentence.substring(amount.end(), next.start())).matches();
    }

    /** The currency the article uses most, for growth rates it gives without their amount. */
    private static Unit mainCurrency(String text) {
        Matcher yuan = Pattern.compile("(?i)yuan|RMB|CNY").matcher(text);
        Matcher dollars = Pattern.compile("(?i)dollars|\\$|USD").matcher(text);
        long cny = yuan.results().count();
        long usd = dollars.results().count();
        return usd > cny ? Unit.USD : Unit.CNY;
    }

    private static String printed(String sentence, Amount amount) {
        return sentence.substring(amount.start(), amount.end());
    }
}
