package org.caravan.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.caravan.error.CaravanException;
import org.caravan.error.ErrorCode;
import org.caravan.revision.CodedWriteFailures;
import org.caravan.revision.Editing;
import org.caravan.source.Source;
import org.caravan.source.SourceInput;
import org.caravan.source.SourceRecorder;
import org.caravan.trade.StatisticInput;
import org.caravan.trade.StatisticRecorder;
import org.caravan.trade.Statistics;
import org.caravan.trade.TradeStatistic;
import org.caravan.trade.consistency.ConsistencyChecker;
import org.caravan.trade.consistency.ConsistencyFinding;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * An article and the figures an editor accepted from it, recorded in one transaction through the same steps as
 * recordSource and recordStatistic (validation, revisions with the editor's name, subscriptions): all of it, or, on
 * any error, nothing.
 */
@GraphQLApi
@CodedWriteFailures
public class ArticleMutations {

    static final int MAX_FIGURES = 100;

    @Inject
    Editing editing;

    @Inject
    SourceRecorder sources;

    @Inject
    StatisticRecorder statistics;

    @Inject
    Statistics store;

    @Mutation
    @Transactional
    @Description("Record an article (its metadata and web address, never its text) and the figures accepted from it,"
            + " all or nothing (editors only). An article already stored under this id or web address is reused; a"
            + " figure already stored from it with the same quote and amount is reported in alreadyStored, not"
            + " recorded twice.")
    public @NonNull ArticleRecord recordArticle(
            @Name("source") @Description("The article's metadata") @NonNull SourceInput source,
            @Name("statistics") @Description("The figures accepted, at most 100, each with the article's id as its"
                    + " source") @NonNull List<@NonNull StatisticInput> figures) {
        String author = under("source", () -> editing.authorize(source));
        if (figures.size() > MAX_FIGURES) {
            throw new CaravanException(ErrorCode.INVALID_INPUT, "statistics", figures.size()
                    + " figures given; an article is recorded with at most " + MAX_FIGURES + " at once.");
        }
        Source stored = storedArticle(source);
        String sourceId = stored != null ? stored.id : source.id;
        for (int i = 0; i < figures.size(); i++) {
            StatisticInput figure = figures.get(i);
            if (!sourceId.equals(figure.source) && !source.id.equals(figure.source)) {
                throw new CaravanException(ErrorCode.INVALID_INPUT, "statistics[" + i + "].source",
                        "A figure of this article cites it: its source is '" + source.id + "'.");
            }
            figure.source = sourceId;
            under("statistics[" + i + "]", () -> {
                editing.validate(figure);
                return null;
            });
        }
        Source article = stored != null ? stored : under("source", () -> sources.record(source, author));
        List<TradeStatistic> recorded = new ArrayList<>();
        List<ArticleRecord.StoredAlready> already = new ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            StatisticInput figure = figures.get(i);
            var same = StatisticRecorder.sameFigure(figure);
            if (same.isPresent()) {
                already.add(new ArticleRecord.StoredAlready(i, same.get()));
            } else {
                recorded.add(under("statistics[" + i + "]", () -> statistics.record(figure, author)));
            }
        }
        List<ConsistencyFinding> findings = recorded.isEmpty() ? List.of()
                : new ConsistencyChecker(store.relatedTo(recorded)).findings().stream()
                        .filter(finding -> recorded.stream().anyMatch(finding::involves)).limit(50).toList();
        return new ArticleRecord(article, recorded, already, findings);
    }

    /** The article stored under the input's id (then it must have the same web address) or at its web address. */
    private static Source storedArticle(SourceInput input) {
        Source byId = Source.findById(input.id);
        if (byId != null) {
            if (!Objects.equals(strip(byId.url), strip(input.url))) {
                throw new CaravanException(ErrorCode.DUPLICATE_ID, "source.id", "'" + input.id + "' is the id of"
                        + " another article (" + (byId.url == null ? "no web address" : byId.url) + ").");
            }
            return byId;
        }
        return SourceRecorder.atAddress(input.url).orElse(null);
    }

    private static String strip(String url) {
        return url == null || url.isBlank() ? null : url.strip();
    }

    /** Runs a step whose errors name "input...", naming {@code argument} instead. */
    private static <T> T under(String argument, java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (CaravanException e) {
            throw e.renamed("input", argument);
        }
    }
}
