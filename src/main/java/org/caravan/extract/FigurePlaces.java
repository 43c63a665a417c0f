package org.caravan.extract;

import java.util.List;
import java.util.regex.Pattern;

/** Which of a sentence's places ({@link PlaceNames}) a figure belongs to, and which is its trade partner. */
final class FigurePlaces {

    static final Pattern ABOUT_THE_CONTEXT = Pattern.compile("(?i)^(?:the (?:free trade zone|zone|port|region"
            + "|autonomous region|prefecture|city|county|pass|station)|it|its)\\b");

    /** "Xinjiang's import and export", "XUAR's overall foreign trade", "Xinjiang's largest trade partner". */
    private static final Pattern POSSESSIVE_TRADE = Pattern.compile("(?i)^['’]s\\s+(?:\\w+\\s+){0,2}?(?:trade|imports?"
            + "|exports?|turnover|foreign|total|overall|partners?|customs|port|ports)\\b");

    private static final Pattern CLAUSE_WORD = Pattern.compile("(?i)\\b(?:while|whereas)\\b");

    private FigurePlaces() {
    }

    /**
     * The place a figure belongs to: a place whose trade the sentence names ("Xinjiang's import and export"), else
     * the sentence's first place that is neither a partner, a source nor a location of another (China only when the
     * sentence names no other), else the place of the sentences before.
     */
    static PlaceNames.Mention reporterOf(String sentence, Amount amount, List<PlaceNames.Mention> mentions,
            PlaceNames.Mention listed, PlaceNames.Mention carried, List<String> guessed) {
        if (listed != null && listed.role() == PlaceNames.Role.REPORTER) {
            return listed;
        }
        int clauseStart = Math.max(sentence.lastIndexOf(';', amount.start()) + 1, lastClauseWord(sentence, amount.start()));
        int clauseEnd = sentence.indexOf(';', amount.end());
        int end = clauseEnd < 0 ? sentence.length() : clauseEnd;
        List<PlaceNames.Mention> reporters = mentions.stream().filter(m -> m.role() == PlaceNames.Role.REPORTER
                && m.start() >= clauseStart && m.end() <= end).toList();
        PlaceNames.Mention bracketed = reporters.stream().filter(m -> m.end() <= amount.start()
                && Windows.onlyBracket(sentence, m.end(), amount.start())).findFirst().orElse(null);
        if (bracketed != null) {
            return bracketed; // "Uzbekistan ($13.7 billion, 14.5 percent)"
        }
        PlaceNames.Mention possessive = null;
        for (PlaceNames.Mention mention : reporters) {
            if (mention.end() <= amount.start()
                    && POSSESSIVE_TRADE.matcher(Windows.after(sentence, mention.end(), 60)).find()) {
                possessive = mention;
            }
        }
        if (possessive != null) {
            return possessive;
        }
        boolean aboutContext = ABOUT_THE_CONTEXT.matcher(Windows.after(sentence, clauseStart, 40).strip()).find();
        var before = reporters.stream().filter(m -> !"CN".equals(m.code()) && m.end() <= amount.start()).findFirst();
        if (before.isPresent() && !(aboutContext && carried != null)) {
            return before.get();
        }
        if (carried != null) {
            guessed.add("reporter");
            return carried;
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
    static PlaceNames.Mention partnerOf(Amount amount, List<PlaceNames.Mention> mentions) {
        PlaceNames.Mention nearest = null;
        for (PlaceNames.Mention mention : mentions) {
            if (mention.role() == PlaceNames.Role.PARTNER && mention.end() <= amount.start()) {
                nearest = mention;
            }
        }
        return nearest;
    }

    /** Where the last "while" or "whereas" before {@code at} starts a clause of its own, or 0. */
    private static int lastClauseWord(String sentence, int at) {
        int from = Math.max(0, at - Windows.WORDS);
        var clause = CLAUSE_WORD.matcher(sentence).region(from, at);
        int last = 0;
        while (clause.find()) {
            last = clause.start();
        }
        return last;
    }
}
