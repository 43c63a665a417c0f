package org.caravan.trade;

import java.util.List;

import jakarta.inject.Inject;

import org.caravan.source.CitationFormat;
import org.caravan.source.CitationWriter;
import org.caravan.source.CitedWork;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
public class StatisticCitation {

    @Inject
    CitationWriter writer;

    @Name("citeAs")
    @Description("The figure's article as an entry for a reference manager, keyed by the statistic's id, with a note "
            + "naming the figure and quoting the article's words")
    public @NonNull String citeAs(@Source TradeStatistic statistic,
            @NonNull @Description("CSL_JSON or BIBTEX") CitationFormat format) {
        return writer.write(List.of(citedWork(statistic)), format);
    }

    public static CitedWork citedWork(TradeStatistic statistic) {
        String period = statistic.period.isSpecified() ? ", " + statistic.period.label : "";
        String note = "Cited for: " + statistic.description + period + ". The article's words: \""
                + statistic.citation.quote + "\"";
        return new CitedWork(statistic.id, statistic.citation.source, note);
    }
}
