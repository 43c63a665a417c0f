package org.caravan.extract;

import java.math.BigDecimal;

import org.caravan.trade.Qualifier;
import org.caravan.trade.Unit;

/**
 * A figure the extractor proposes for an editor to accept, fix or reject: the amount as printed and its offsets in
 * the text, its value in base units (yuan, dollars, percent as the percent number), the hedging, the growth stated
 * with it, the period in Caravan's syntax (null when the sentence names none), the same amount in another currency
 * where the article gives it in brackets, and the sentence it was read from.
 */
public record FigureProposal(String quote, int start, int end, String amount, BigDecimal value, BigDecimal valueHigh,
        Unit unit, Qualifier qualifier, BigDecimal growthPercent, String period, Converted converted) {

    /** "(about 8.39 billion U.S. dollars)" after "61 billion yuan". */
    public record Converted(String amount, BigDecimal value, Unit unit, Qualifier qualifier) {
    }
}
