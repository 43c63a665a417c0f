package org.caravan.extract;

import java.util.regex.Pattern;

import org.caravan.trade.Qualifier;

/**
 * The article's hedging of a figure: the words right before it ("about", "more than", "exceeded", "nearly", "less
 * than"), or a forecast anywhere earlier in its clause ("is expected to surpass", "will reach", "we expect ... to
 * reach").
 */
final class Hedges {

    private static final Pattern FORECAST = Pattern.compile("(?i)\\b(?:expect(?:ed|s)?|projected|forecast(?:ed)?"
            + "|predicted|anticipated|set to|likely to|estimated to|will|plans? to|aims? to|goal|target)\\b[^.;]{0,60}$");
    private static final Pattern EXCEEDING = Pattern.compile("(?i)\\b(?:surpass|exceed|top|break|pass)\\b[^.;]{0,25}$");
    private static final Pattern[] NEAR = {
        Pattern.compile("(?i)\\b(?:exceeded|exceeding|exceeds|surpassed|surpassing|topped|topping|broke through"
                + "|breaking through|to top|to exceed|to surpass)\\s+(?:the\\s+)?$"),
        Pattern.compile("(?i)\\b(?:more than|over|above|in excess of|upwards of|at least|no less than|beyond)\\s+$"),
        Pattern.compile("(?i)\\b(?:less than|fewer than|under|below|lower than)\\s+$"),
        Pattern.compile("(?i)\\b(?:nearly|almost|close to|just under|approaching)\\s+$"),
        Pattern.compile("(?i)\\b(?:about|around|approximately|roughly|some|an estimated|approx\\.?|circa|estimated"
                + "|estimated at|put at)\\s+$") };
    private static final Qualifier[] NEAR_QUALIFIERS = { Qualifier.EXCEEDS, Qualifier.MORE_THAN, Qualifier.LESS_THAN,
        Qualifier.NEARLY, Qualifier.ABOUT };

    private Hedges() {
    }

    /**
     * The qualifier of the figure that starts where {@code before} ends; {@code clause} is the text from the figure
     * before it (or the sentence's start), where a forecast's verb is looked for.
     */
    static Qualifier of(String before, String clause) {
        String near = before.substring(Math.max(0, before.length() - 40)).replaceAll("\\s+", " ");
        Qualifier hedge = Qualifier.EXACT;
        for (int i = 0; i < NEAR.length && hedge == Qualifier.EXACT; i++) {
            if (NEAR[i].matcher(near).find()) {
                hedge = NEAR_QUALIFIERS[i];
            }
        }
        if (FORECAST.matcher(clause).find()) {
            return EXCEEDING.matcher(clause).find() || hedge.isLowerBound() ? Qualifier.EXPECTED_TO_EXCEED
                    : Qualifier.EXPECTED;
        }
        return hedge;
    }
}
