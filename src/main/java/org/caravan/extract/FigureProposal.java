package org.caravan.extract;

import java.math.BigDecimal;

import org.caravan.trade.Flow;
import org.caravan.trade.Indicator;
import org.caravan.trade.Qualifier;
import org.caravan.trade.Unit;

/**
 * A figure the extractor proposes for an editor to accept, fix or reject: the sentence it was read from (verbatim)
 * and where the amount is in the text, the amount as printed and its value in base units (yuan, dollars, tonnes,
 * metres; percent as the percent number), what is counted, the hedging, what it measures, the period in Caravan's
 * syntax, the place it belongs to and its trade partner (by name as printed, and by code where the place is known),
 * the growth or multiple stated with it, the same amount in another currency where the article gives it in brackets,
 * and what was guessed rather than read. A growth rate stated without its amount is a proposal with no value.
 */
public record FigureProposal(String quote, int quoteStart, int start, int end, String amount, BigDecimal value,
        BigDecimal valueHigh, Unit unit, String counted, Qualifier qualifier, Indicator indicator, Flow flow,
        String period, String reporterName, String reporter, String partnerName, String partner,
        BigDecimal growthPercent, BigDecimal multiple, Converted converted, String reason) {

    /** "(about 8.39 billion U.S. dollars)" after "61 billion yuan". */
    public record Converted(String amount, BigDecimal value, BigDecimal valueHigh, Unit unit, Qualifier qualifier) {
    }
}
