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
    private static final int PERIOD_AFTER = 60;
    private static final Pattern CLAUSE_BREAK = Pattern.compile("(?i)\\b(?:while|whereas|but)\\b|;");
    private static final Pattern ABOUT_THE_CONTEXT = Pattern.compile("(?i)^(?:the (?:free trade zone|zone|port|region"
            + "|autonomous region|prefecture|city|county|pass|station)|it|its)\\b");
    private static final Pattern WITH_RATE = Pattern.compile("(?i)^with (?:a|an)\\s");

    private final PlaceNames places;

    public FigureExtractor(PlaceNames places) {
        this.places = places;
    }

    /** What the sentences before the current one established. */
    private static final class Context {
        String period;
        PlaceNames.Mention reporter;
        Unit currency;
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

    /** A sentence split at its line breaks: a headline or a dateline without a full stop is a sentence of its own. */
    private static List<int[]> lines(String text, int start, int end) {
        List<int[]> lines = new ArrayList<>();
        int from = start;
        for (int i = start; i < end; i++) {
            if (text.charAt(i) == '\n') {
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
        attachRates(sentence, amounts, rates, converted, rateOf, ratesAlone);

        List<Integer> figures = new ArrayList<>();
        for (int i = 0; i < amounts.size(); i++) {
            if (!converted[i] && (!rates[i] || ratesAlone.contains(i))) {
                figures.add(i);
            }
        }
        Map<Integer, PlaceNames.Mention> listedPlaces = respectively(sentence, amounts, figures, mentions);
        for (int i : figures) {
            if (rates[i] && i == 0 && WITH_RATE.matcher(sentence).find() && !out.isEmpty()
                    && takesGrowth(out.get(out.size() - 1))) {
                FigureProposal previous = out.remove(out.size() - 1);
                out.add(withGrowth(previous, GrowthRates.signed(sentence, amounts, rates, i)));
                continue;
            }
            out.add(propose(text, sentence, offset, i, amounts, rates, converted, rateOf, conversionOf, periods,
                    mentions, listedPlaces, context));
        }
        periods.stream().filter(p -> !p.base() && p.period() != null).reduce((a, b) -> b)
                .ifPresent(p -> context.period = p.period());
        if (!ABOUT_THE_CONTEXT.matcher(sentence).find()) {
            mentions.stream().filter(m -> m.role() == PlaceNames.Role.REPORTER && !"CN".equals(m.code())).findFirst()
                    .ifPresent(m -> context.reporter = m);
        }
    }

    /** Each rate onto the figure it qualifies; in a "respectively" sentence, a list of rates onto a list of figures. */
    private static void attachRates(String sentence, List<Amount> amounts, boolean[] rates, boolean[] converted,
            Map<Integer, Integer> rateOf, List<Integer> ratesAlone) {
        boolean respectively = sentence.toLowerCase(Locale.ROOT).contains("respectively");
        for (int i = 0; i < amounts.size(); i++) {
            if (!rates[i]) {
                continue;
            }
            int[] list = run(sentence, amounts, rates, i, true);
            if (respectively && list.length > 1) {
                int[] figures = listBefore(sentence, amounts, rates, converted, i, list.length);
                for (int k = 0; k < list.length; k++) {
                    if (figures != null) {
                        rateOf.put(figures[k], list[k]);
                    } else {
                        ratesAlone.add(list[k]);
                    }
                }
                i = list[list.length - 1];
                continue;
            }
            int target = GrowthRates.follows(sentence, amounts, rates, converted, i);
            if (target < 0 || rateOf.containsKey(target)) {
                int next = GrowthRates.leadsTo(sentence, amounts, rates, i);
                target = next >= 0 ? next : target;
            }
            if (target >= 0 && !hasRateOfSameKind(rateOf, amounts, target, amounts.get(i))) {
                rateOf.merge(target, i, (a, b) -> a);
                if (amounts.get(i).multiple() && !rateOf.get(target).equals(i)) {
                    ratesAlone.add(i);
                }
            } else {
                ratesAlone.add(i);
            }
        }
    }

    private static boolean hasRateOfSameKind(Map<Integer, Integer> rateOf, List<Amount> amounts, int target, Amount rate) {
        Integer existing = rateOf.get(target);
        return existing != null && amounts.get(existing).multiple() == rate.multiple();
    }

    /** The amounts of a list that starts at {@code i}: "35.2 and 34.7 percent", "70.8%, 25.8%, and 93.4%". */
    private static int[] run(String sentence, List<Amount> amounts, boolean[] rates, int i, boolean ofRates) {
        List<Integer> run = new ArrayList<>(List.of(i));
        while (run.get(run.size() - 1) + 1 < amounts.size()) {
            int next = run.get(run.size() - 1) + 1;
            if (rates[next] != ofRates
                    || !GrowthRates.joined(sentence, amounts.get(next - 1), amounts.get(next))) {
                break;
            }
            run.add(next);
        }
        return run.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The list of figures, as long as a list of rates, that ends before the rates start. */
    private static int[] listBefore(String sentence, List<Amount> amounts, boolean[] rates, boolean[] converted, int i,
            int size) {
        int last = i - 1;
        while (last >= 0 && converted[last]) {
            last--;
        }
        if (last < 0 || rates[last]) {
            return null;
        }
        int first = last;
        while (first > 0 && !rates[first - 1] && GrowthRates.joined(sentence, amounts.get(first - 1), amounts.get(first))) {
            first--;
        }
        if (last - first + 1 != size) {
            return null;
        }
        int[] figures = new int[size];
        for (int k = 0; k < size; k++) {
            figures[k] = first + k;
        }
        return figures;
    }

    /**
     * In a "respectively" sentence, a list of places as long as a list of figures names each figure's place in turn:
     * "to the United States and Russia were 280 million and 220 million U.S. dollars".
     */
    private static Map<Integer, PlaceNames.Mention> respectively(String sentence, List<Amount> amounts,
            List<Integer> figures, List<PlaceNames.Mention> mentions) {
        Map<Integer, PlaceNames.Mention> placed = new HashMap<>();
        if (!sentence.toLowerCase(Locale.ROOT).contains("respectively")) {
            return placed;
        }
        List<List<Integer>> runs = new ArrayList<>();
        for (int f : figures) {
            List<Integer> current = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (current != null && current.get(current.size() - 1) == f - 1
                    && GrowthRates.joined(sentence, amounts.get(f - 1), amounts.get(f))) {
                current.add(f);
            } else {
                runs.add(new ArrayList<>(List.of(f)));
            }
        }
        for (List<Integer> run : runs) {
            if (run.size() < 2) {
                continue;
            }
            List<PlaceNames.Mention> before = mentions.stream().filter(m -> m.end() <= amounts.get(run.get(0)).start())
                    .toList();
            List<PlaceNames.Mention> list = lastList(sentence, before);
            if (list.size() == run.size()) {
                for (int k = 0; k < run.size(); k++) {
                    placed.put(run.get(k), list.get(k));
                }
            }
        }
        return placed;
    }

    private static List<PlaceNames.Mention> lastList(String sentence, List<PlaceNames.Mention> mentions) {
        List<PlaceNames.Mention> list = new ArrayList<>();
        for (int k = mentions.size() - 1; k >= 0; k--) {
            PlaceNames.Mention mention = mentions.get(k);
            if (!list.isEmpty()) {
                String between = sentence.substring(mention.end(), list.get(0).start());
                if (!between.matches("\\s*(?:,|,?\\s*and|or)\\s*(?:the\\s+)?")) {
                    if (list.size() > 1) {
                        break;
                    }
                    list.clear();
                }
            }
            list.add(0, mention);
        }
        return list;
    }

    private FigureProposal propose(String text, String sentence, int offset, int i, List<Amount> amounts,
            boolean[] rates, boolean[] converted, Map<Integer, Integer> rateOf, Map<Integer, Integer> conversionOf,
            List<PeriodPhrases.Mention> periods, List<PlaceNames.Mention> mentions,
            Map<Integer, PlaceNames.Mention> listedPlaces, Context context) {
        Amount amount = amounts.get(i);
        boolean rateAlone = rates[i];
        List<String> guessed = new ArrayList<>();
        int clauseStart = i == 0 ? 0 : amounts.get(i - 1).end();
        String clause = sentence.substring(Math.min(clauseStart, amount.start()), amount.start());
        String before = sentence.substring(0, amount.start());

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
        String period = periodOf(sentence, i, amounts, converted, unit, rateAlone, periods, context, guessed);
        if (qualifier.isForecast() && guessed.remove("period")) {
            period = null; // a forecast is of a period still to come, not of the one before
        }

        PlaceNames.Mention listed = listedPlaces.get(i);
        PlaceNames.Mention reporter = reporterOf(sentence, amount, mentions, listed, context, guessed);
        PlaceNames.Mention partner = listed != null && listed.role() == PlaceNames.Role.PARTNER ? listed
                : partnerOf(amount, mentions);
        if (partner != null && reporter != null && partner.start() == reporter.start()) {
            partner = null;
        }

        String words = sentence.substring(0, amount.start());
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

    /**
     * The period phrase printed right after the figure and before the next one, or else the nearest before it in the
     * sentence; money, cargo and rates take the article's last period when their sentence names none. Sizes and
     * durations (kilometres, metres, minutes) have no period.
     */
    private static String periodOf(String sentence, int i, List<Amount> amounts, boolean[] converted, Unit unit,
            boolean rateAlone, List<PeriodPhrases.Mention> periods, Context context, List<String> guessed) {
        if (unit == Unit.KM || unit == Unit.KM2 || unit == Unit.METRES || unit == Unit.MINUTES || unit == Unit.HOURS
                || unit == Unit.DAYS || unit == Unit.MONTHS) {
            return null;
        }
        Amount amount = amounts.get(i);
        int next = i + 1;
        while (next < amounts.size() && converted[next]) {
            next++;
        }
        int nextStart = next < amounts.size() ? amounts.get(next).start() : sentence.length();
        for (PeriodPhrases.Mention mention : periods) {
            if (!mention.base() && mention.start() >= amount.end() && mention.start() < nextStart
                    && mention.start() - amount.end() <= PERIOD_AFTER
                    && !CLAUSE_BREAK.matcher(sentence.substring(amount.end(), mention.start())).find()) {
                return mention.period();
            }
        }
        boolean earlierValue = sentence.substring(0, amount.start()).matches("(?is).*\\bfrom\\s+(?:the\\s+initial\\s+)?$");
        if (earlierValue) {
            return null; // "increased from 91 to 116": the period of 91 is not the sentence's
        }
        PeriodPhrases.Mention before = null;
        for (PeriodPhrases.Mention mention : periods) {
            boolean near = amount.start() - mention.end() < 15;
            if ((!mention.base() || mention.isYearBefore()) && (!mention.none() || near)
                    && mention.end() <= amount.start()) {
                before = mention;
            }
        }
        String current = periods.stream().filter(m -> !m.base() && m.period() != null && m.end() <= amount.start())
                .map(PeriodPhrases.Mention::period).reduce((a, b) -> b).orElse(context.period);
        if (before != null && before.isYearBefore()) {
            return amount.start() - before.end() < 15 ? PeriodPhrases.yearBefore(current) : current;
        }
        if (before != null) {
            return before.period();
        }
        boolean flows = rateAlone || unit == Unit.CNY || unit == Unit.USD || unit == Unit.TONNES
                || unit == Unit.PERCENT && sentence.matches("(?is).*\\bperiod\\b.*");
        if (flows || unit == Unit.PERCENT) {
            var later = periods.stream().filter(m -> !m.base() && m.start() >= amount.end()).findFirst();
            if (later.isPresent()) {
                return later.get().period();
            }
        }
        if (flows && context.period != null) {
            guessed.add("period");
            return context.period;
        }
        return null;
    }

    /**
     * The place a figure belongs to: a place whose trade the sentence names ("Xinjiang's import and export"), else
     * the sentence's first place that is neither a partner, a source nor a location of another (China only when the
     * sentence names no other), else the place of the sentences before.
     */
    private static PlaceNames.Mention reporterOf(String sentence, Amount amount, List<PlaceNames.Mention> mentions,
            PlaceNames.Mention listed, Context context, List<String> guessed) {
        if (listed != null && listed.role() == PlaceNames.Role.REPORTER) {
            return listed;
        }
        int clauseStart = sentence.lastIndexOf(';', amount.start()) + 1;
        int clauseEnd = sentence.indexOf(';', amount.end());
        int end = clauseEnd < 0 ? sentence.length() : clauseEnd;
        List<PlaceNames.Mention> reporters = mentions.stream().filter(m -> m.role() == PlaceNames.Role.REPORTER
                && m.start() >= clauseStart && m.end() <= end).toList();
        PlaceNames.Mention possessive = null;
        for (PlaceNames.Mention mention : reporters) {
            if (mention.end() <= amount.start() && sentence.substring(mention.end())
                    .matches("(?s)^['’]s\\s+(?!(?:[A-Z]|northwest|northern|western)).*")) {
                possessive = mention;
            }
        }
        if (possessive != null) {
            return possessive;
        }
        boolean aboutContext = ABOUT_THE_CONTEXT.matcher(sentence.substring(clauseStart).strip()).find();
        var before = reporters.stream().filter(m -> !"CN".equals(m.code()) && m.end() <= amount.start()).findFirst();
        if (before.isPresent() && !(aboutContext && context.reporter != null)) {
            return before.get();
        }
        if (context.reporter != null) {
            guessed.add("reporter");
            return context.reporter;
        }
        var any = reporters.stream().filter(m -> !"CN".equals(m.code())).findFirst();
        if (any.isPresent()) {
            return any.get();
        }
        if (!reporters.isEmpty()) {
            return reporters.get(0);
        }
        return mentions.stream().filter(m -> m.role() == PlaceNames.Role.SOURCE).findFirst().orElse(null);
    }

    /** The partner named nearest before the figure: "with Pakistan", "to Kazakhstan". */
    private static PlaceNames.Mention partnerOf(Amount amount, List<PlaceNames.Mention> mentions) {
        PlaceNames.Mention nearest = null;
        for (PlaceNames.Mention mention : mentions) {
            if (mention.role() == PlaceNames.Role.PARTNER && mention.end() <= amount.start()) {
                nearest = mention;
            }
        }
        return nearest;
    }

    private static boolean takesGrowth(FigureProposal figure) {
        return figure.value() != null && figure.growthPercent() == null && figure.unit() != null
                && figure.unit().isMoney();
    }

    /** "357 billion yuan ... . With a 45.9% year-on-year growth, ...": the rate of the figure before. */
    private static FigureProposal withGrowth(FigureProposal f, BigDecimal growth) {
        return new FigureProposal(f.quote(), f.quoteStart(), f.start(), f.end(), f.amount(), f.printedAmount(),
                f.value(), f.valueHigh(), f.unit(), f.counted(), f.qualifier(), f.indicator(), f.flow(), f.periodText(),
                f.reporterName(), f.reporterCode(), f.partnerName(), f.partnerCode(), growth, f.multiple(),
                f.multipleWording(), f.converted(), f.reason() + ", growth from the next sentence");
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
