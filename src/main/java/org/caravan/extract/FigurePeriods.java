package org.caravan.extract;

import java.util.List;
import java.util.regex.Pattern;

import org.caravan.trade.Unit;

/** Which of a sentence's period phrases ({@link PeriodPhrases}) is a figure's, or the period carried from before. */
final class FigurePeriods {

    private static final int PERIOD_AFTER = 60;
    private static final Pattern CLAUSE_BREAK = Pattern.compile("(?i)\\b(?:while|whereas|but)\\b|;");

    private static final Pattern PASSING = Pattern.compile("(?i)trains?|trips|vehicles|trucks|cars|passengers"
            + "|travell?ers|containers|shipments");
    private static final Pattern PERIOD_WORD = Pattern.compile("(?i)\\bperiod\\b");

    private FigurePeriods() {
    }

    /**
     * The period phrase printed right after the figure and before the next one, or else the nearest before it in the
     * sentence; money, cargo and rates take the article's last period when their sentence names none. Sizes and
     * durations (kilometres, metres, minutes) have no period.
     */
    static String of(String sentence, int i, List<Amount> amounts, boolean[] converted, Unit unit,
            boolean rateAlone, List<PeriodPhrases.Mention> periods, String carried, List<String> guessed) {
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
                    && !CLAUSE_BREAK.matcher(sentence).region(amount.end(), mention.start()).find()) {
                return mention.period();
            }
        }
        boolean earlierValue = Windows.before(sentence, amount.start(), 30)
                .matches("(?is).*\\bfrom\\s+(?:the\\s+initial\\s+)?$");
        if (earlierValue) {
            return null; // "increased from 91 to 116": the period of 91 is not the sentence's
        }
        PeriodPhrases.Mention base = periods.stream().filter(m -> m.base() && m.period() != null && !m.isYearBefore()
                && m.end() <= amount.start() && Windows.onlyBracket(sentence, m.end(), amount.start()))
                .findFirst().orElse(null);
        if (base != null) {
            return base.period(); // "compared to 2023 ($89.4 billion)"
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
                .map(PeriodPhrases.Mention::period).reduce((a, b) -> b).orElse(carried);
        if (before != null && before.isYearBefore()) {
            return amount.start() - before.end() < 15 ? PeriodPhrases.yearBefore(current) : current;
        }
        if (before != null) {
            return before.period();
        }
        boolean flows = rateAlone || unit == Unit.CNY || unit == Unit.USD || unit == Unit.TONNES
                || unit == Unit.COUNT && passesThrough(amounts.get(i)) && periods.stream().noneMatch(PeriodPhrases.Mention::base)
                || unit == Unit.PERCENT && (PERIOD_WORD.matcher(sentence).find() || statesMoney(amounts));
        if (flows || unit == Unit.PERCENT) {
            var later = periods.stream().filter(m -> !m.base() && m.start() >= amount.end()).findFirst();
            if (later.isPresent()) {
                return later.get().period();
            }
        }
        if (flows && carried != null) {
            guessed.add("period");
            return carried;
        }
        return null;
    }


    /** A share stated beside values of money ("46 percent of the total volume, $43.8 billion") shares their period. */
    private static boolean statesMoney(List<Amount> amounts) {
        return amounts.stream().anyMatch(a -> a.unit() != null && a.unit().isMoney());
    }

    /** Trains, vehicles, passengers: counts of what passes through a port in a period, like its cargo. */
    private static boolean passesThrough(Amount amount) {
        if (amount.counted() == null) {
            return false;
        }
        String[] words = amount.counted().split("\\s+");
        return PASSING.matcher(words[words.length - 1]).matches(); // "freight train routes" count routes

    }
}
