package org.caravan.extract;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

import org.caravan.trade.MultipleWording;

/**
 * Growth rates and multiples among a sentence's quantities, and the figure each one qualifies. A percentage is a rate
 * of change when a word of change governs it ("up 34 percent", "an increase of 248.2 percent", "87.3% higher than",
 * "a 40.69 per cent increase"), not a share ("accounting for 79.4%", "70 percent of"); declines are negative. A rate
 * goes on the figure it leads to ("increased by 92.2 percent to 75.11 billion yuan") or else on the figure just
 * before it in the clause ("RMB 2.92 billion, an increase of 248.2 percent").
 */
final class GrowthRates {

    private static final String CHANGE = "up|increase[sd]?|increasing|rise|rises|rose|risen|rising|grow|grows|grew"
            + "|grown|growing|growth|surge[sd]?|surging|jump(?:ed|s|ing)?|soar(?:ed|s|ing)?|climb(?:ed|s|ing)?"
            + "|expand(?:ed|s|ing)?|gain(?:ed|s|ing)?|higher|year[- ]on[- ]year|yoy|y-o-y";
    private static final String DECLINE = "down|decrease[sd]?|decreasing|decline[sd]?|declining|fell|fall(?:en|s)?"
            + "|drop(?:ped|ping|s)?|plung(?:e[sd]?|ing)|slump(?:ed|ing)?|shr[ai]nk|dipped|contracted|slid|falling";
    private static final String SHARE = "account(?:s|ed|ing)? for|share|shares|proportion|representing|represented"
            + "|make up|makes up|made up|constitut\\w+|or";
    private static final Pattern CUE = Pattern.compile("(?i)\\b(?:(" + CHANGE + ")|(" + DECLINE + ")|(" + SHARE + "))\\b");
    private static final Pattern AFTER_CHANGE = Pattern.compile("(?i)^\\s*(?:(?:year[- ]on[- ]year|yoy|y-o-y"
            + "|from a year (?:earlier|ago)|on[- ]year|increase|growth|rise|jump|surge|higher|more)|(decline|drop"
            + "|decrease|lower|less|fall))\\b");
    private static final Pattern LEADS_TO = Pattern.compile("(?i)\\b(?:to|reaching|reached|reach|hitting|hit|at"
            + "|totaling|totalling|amounting to|standing at|stood at|and reached|to reach|to hit|to total|to top"
            + "|to exceed|to surpass|to stand at|exceeded|exceeding|surpassed|surpassing|topped|amounted to|totaled"
            + "|totalled)"
            + "(?:\\s+(?:a record(?: high)? of|a total of|a cumulative|about|around|over|more than|nearly|almost|some"
            + "|approximately))*"
            + "\\s*$");
    private static final Pattern OTHER_CLAUSE = Pattern.compile("(?i)\\b(?:while|whereas|but|expected|will|forecast"
            + "|projected)\\b|\\band\\b[^,]*\\b(?:had|has|have|was|were)\\b");
    private static final Pattern LIST_JOIN = Pattern.compile("^\\s*(?:,\\s*(?:and\\s+|or\\s+)?|and\\s+|or\\s+)$");

    private GrowthRates() {
    }

    /** Which amounts are rates of change: multiples, and percentages a word of change governs. */
    static boolean[] rates(String sentence, List<Amount> amounts) {
        boolean[] rates = new boolean[amounts.size()];
        for (int i = 0; i < amounts.size(); i++) {
            Amount amount = amounts.get(i);
            if (amount.multiple()) {
                rates[i] = true;
            } else if (amount.isPercent()) {
                rates[i] = i > 0 && rates[i - 1] && joined(sentence, amounts.get(i - 1), amount)
                        || cueOf(sentence, amounts, i) > 0;
            }
        }
        return rates;
    }

    /** The rate as a signed percentage: "down 35.2 percent" is -35.2; for a multiple, its factor. */
    static BigDecimal signed(String sentence, List<Amount> amounts, boolean[] rates, int i) {
        Amount rate = amounts.get(i);
        if (rate.multiple()) {
            return rate.number();
        }
        int first = i;
        while (first > 0 && rates[first - 1] && joined(sentence, amounts.get(first - 1), amounts.get(first))) {
            first--;
        }
        return cueOf(sentence, amounts, first) == 2 ? rate.number().negate() : rate.number();
    }

    /** 1 for a word of growth, 2 for one of decline, 0 when the percentage is a share or a level. */
    private static int cueOf(String sentence, List<Amount> amounts, int i) {
        Amount amount = amounts.get(i);
        String after = sentence.substring(amount.end(), Math.min(sentence.length(), amount.end() + 30));
        if (after.matches("(?is)^\\s+of\\b.*")) {
            return 0;
        }
        int from = Math.max(i == 0 ? 0 : amounts.get(i - 1).end(), amount.start() - 50);
        var cues = CUE.matcher(sentence.substring(Math.max(0, Math.min(from, amount.start())), amount.start()));
        int last = 0;
        while (cues.find()) {
            last = cues.group(1) != null ? 1 : cues.group(2) != null ? 2 : 0;
        }
        var afterCue = AFTER_CHANGE.matcher(after);
        if (afterCue.find()) {
            return afterCue.group(1) != null || last == 2 ? 2 : 1;
        }
        return last;
    }

    /** The quantity a rate leads to, "by 92.2 percent to 75.11 billion yuan", or -1. */
    static int leadsTo(String sentence, List<Amount> amounts, boolean[] rates, int i) {
        if (i + 1 >= amounts.size() || rates[i + 1]) {
            return -1;
        }
        int from = amounts.get(i).end();
        int to = amounts.get(i + 1).start();
        return to - from < 80 && LEADS_TO.matcher(sentence.substring(from, to)).find() ? i + 1 : -1;
    }

    /**
     * The quantity just before a rate in its clause, "RMB 2.92 billion, an increase of 248.2 percent", or -1: not
     * across "while" or a semicolon, and not when the rate has a verb and subject of its own ("and the volume had
     * increased 46 %") or is a forecast.
     */
    static int follows(String sentence, List<Amount> amounts, boolean[] rates, boolean[] converted, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (converted[j]) {
                continue;
            }
            if (rates[j]) {
                return -1;
            }
            int from = amounts.get(j).end();
            int to = amounts.get(i).start();
            int semicolon = sentence.indexOf(';', from);
            boolean sameClause = to - from < 140 && (semicolon < 0 || semicolon >= to)
                    && !OTHER_CLAUSE.matcher(sentence).region(from, to).find();
            return sameClause ? j : -1;
        }
        return -1;
    }

    /** "2.2-fold" and "doubled" are FOLD, "3.96 times that of 2013" TIMES_THAT_OF, "an increase of 7.62 times" the other. */
    static MultipleWording wordingOf(String sentence, Amount multiple) {
        String printed = sentence.substring(multiple.start(), multiple.end()).toLowerCase(java.util.Locale.ROOT);
        if (!printed.endsWith("times")) {
            return MultipleWording.FOLD;
        }
        String before = sentence.substring(Math.max(0, multiple.start() - 30), multiple.start());
        return before.matches("(?is).*\\b(?:increase of|increased(?: by)?|grew(?: by)?|rose(?: by)?|up)\\s+$")
                ? MultipleWording.INCREASE_OF_TIMES : MultipleWording.TIMES_THAT_OF;
    }

    static boolean joined(String sentence, Amount first, Amount second) {
        return first.end() <= second.start()
                && LIST_JOIN.matcher(sentence.substring(first.end(), second.start())).matches();
    }
}
