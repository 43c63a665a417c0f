package org.caravan.extract;

import java.math.BigDecimal;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import org.caravan.trade.Flow;
import org.caravan.trade.Indicator;
import org.caravan.trade.MultipleWording;
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
@Description("A figure Caravan read in an article's text, for an editor to accept, fix or reject. Nothing is stored.")
public record FigureProposal(
        @NonNull @Description("The sentence the figure was read from, verbatim: a substring of the text") String quote,
        @Description("Offset of the quote in the text (UTF-16 code units, as JavaScript counts)") int quoteStart,
        @Description("Offset of the amount in the text") int start,
        @Description("Offset just after the amount in the text") int end,
        @NonNull @Description("The amount as printed: '44.4 billion yuan', 'two-thirds', '2.2-fold'") String amount,
        @Description("The amount as StatisticInput.amount takes it: '44.4 billion', '25-30', '5' for 'five'; null for"
                + " a rate given alone") String printedAmount,
        @Description("The value in base units (yuan, dollars, tonnes, metres; percent as the percent number); null"
                + " for a growth rate given without its amount") BigDecimal value,
        @Description("The top of a range ('25-30 minutes'), else null") BigDecimal valueHigh,
        @Description("The unit; for a rate given alone, the article's currency (a guess)") Unit unit,
        @Description("What a count counts, as printed: 'China-Europe freight trains'") String counted,
        @NonNull @Description("The article's hedging: 'about', 'more than', 'expected to surpass'") Qualifier qualifier,
        @Description("What the figure measures: always a guess") Indicator indicator,
        @Description("Imports, exports or both, for trade values") Flow flow,
        @Ignore String periodText,
        @Description("The place the figure belongs to, as the text names it") String reporterName,
        @Ignore String reporterCode,
        @Description("The trade partner, as the text names it") String partnerName,
        @Ignore String partnerCode,
        @Description("The growth stated with the figure, in percent; negative for a decline") BigDecimal growthPercent,
        @Description("The multiple stated with the figure: 2.2 for '2.2-fold', 2 for 'doubled'") BigDecimal multiple,
        @Description("How the multiple is worded, as StatisticInput.multipleWording takes it") MultipleWording multipleWording,
        @Description("The same amount in another currency, in brackets after it") Converted converted,
        @Description("Which fields were guessed rather than read") String reason) {

    /** "(about 8.39 billion U.S. dollars)" after "61 billion yuan". */
    @Type("ConvertedProposal")
    @Description("An amount the article gives in another currency, in brackets after the figure")
    public record Converted(
            @NonNull @Description("As printed") String amount,
            @Description("As ConversionInput.amount takes it: '8.39 billion'") String printedAmount,
            @Description("In base units") BigDecimal value,
            @Description("The top of a range") BigDecimal valueHigh,
            @Description("The currency") Unit unit,
            @NonNull @Description("The hedging of the converted amount") Qualifier qualifier) {
    }
}
