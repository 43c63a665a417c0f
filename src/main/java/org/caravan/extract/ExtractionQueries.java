package org.caravan.extract;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.caravan.error.CaravanException;
import org.caravan.error.ErrorCode;
import org.caravan.error.InputValidation;
import org.caravan.period.Period;
import org.caravan.period.PeriodParser;
import org.caravan.place.Place;
import org.caravan.place.Places;
import org.caravan.security.Editors;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import com.fasterxml.jackson.databind.node.TextNode;

/** Figures proposed from an article's text, for an editor to review (the review page at /review uses this). */
@GraphQLApi
public class ExtractionQueries {

    /** About twenty pages of news: far more than an article, well inside the request size limit. */
    static final int MAX_TEXT = 60_000;

    @Inject
    Editors editors;

    @Inject
    Extraction extraction;

    @Query
    @Description("Every figure Caravan reads in an article's text, with its quote, amount, unit, hedging, period, place,"
            + " growth and conversion, for an editor to accept, fix or reject (editors only). Nothing is stored; the"
            + " text is not kept.")
    public @NonNull List<@NonNull FigureProposal> extractFigures(
            @Name("text") @Description("The article's text, pasted as it is (at most 60,000 characters)") @NonNull String text,
            @Name("publishedOn") @Description("The publication date: resolves 'this year', 'the first half of last year'")
            LocalDate publishedOn) {
        editors.requireEditor();
        if (text.length() > MAX_TEXT) {
            throw new CaravanException(ErrorCode.INVALID_INPUT, "text", "The text has " + text.length()
                    + " characters; at most " + MAX_TEXT + " are read at once.");
        }
        InputValidation.requirePlainText(TextNode.valueOf(text), "text");
        return extraction.extract(text, publishedOn);
    }

    @Description("The period in Caravan's syntax (its label is what StatisticInput.period takes); null when the"
            + " text names none")
    public Period period(@Source FigureProposal proposal) {
        return proposal.periodText() == null ? null : PeriodParser.parse(proposal.periodText(), "period");
    }

    @Description("The place the figure belongs to, when the name is one Caravan knows; else see reporterName")
    public List<Place> reporter(@Source List<FigureProposal> proposals) {
        return proposals.stream().map(p -> p.reporterCode() == null ? null
                : Places.findByCode(p.reporterCode()).orElse(null)).toList();
    }

    @Description("The trade partner, when the name is one Caravan knows; else see partnerName")
    public List<Place> partner(@Source List<FigureProposal> proposals) {
        return proposals.stream().map(p -> p.partnerCode() == null ? null
                : Places.findByCode(p.partnerCode()).orElse(null)).toList();
    }

    @Description("A description to start from: what the figure is, in words")
    public @NonNull String description(@Source FigureProposal proposal) {
        return FigureKinds.describe(proposal);
    }
}
