package org.caravan.trade;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    @Name("bibliography")
    @Description("The articles this page's figures come from, one entry per article, in the order they first appear:"
            + " keyed by the article's id (each figure's citation.source.id), with a note naming the page's figures"
            + " it is cited for. citeAs on each figure repeats the article once per figure; this does not.")
    public @NonNull String bibliography(@Source TradeStatisticConnection page,
            @NonNull @Description("CSL_JSON or BIBTEX") CitationFormat format) {
        Map<String, List<String>> figuresByArticle = new LinkedHashMap<>();
        Map<String, org.caravan.source.Source> articles = new LinkedHashMap<>();
        for (TradeStatisticEdge edge : page.getEdges()) {
            org.caravan.source.Source article = edge.node().citation.source;
            articles.putIfAbsent(article.id, article);
            figuresByArticle.computeIfAbsent(article.id, id -> new ArrayList<>()).add(edge.node().id);
        }
        return writer.write(articles.values().stream().map(article -> new CitedWork(article.id, article,
                "Cited for the figures " + String.join(", ", figuresByArticle.get(article.id)))).toList(), format);
    }

    public static CitedWork citedWork(TradeStatistic statistic) {
        String period = statistic.period.isSpecified() ? ", " + statistic.period.label : "";
        String note = "Cited for: " + statistic.description + period + ". The article's words: \""
                + statistic.citation.quote + "\"";
        return new CitedWork(statistic.id, statistic.citation.source, note);
    }
}
