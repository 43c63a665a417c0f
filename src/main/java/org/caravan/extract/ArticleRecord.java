package org.caravan.extract;

import java.util.List;

import org.caravan.source.Source;
import org.caravan.trade.TradeStatistic;
import org.caravan.trade.consistency.ConsistencyFinding;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("What recordArticle stored: the article, the figures recorded, and those it left alone because the same"
        + " figure from the same article with the same words is stored already")
public record ArticleRecord(
        @NonNull @Description("The article: newly recorded, or the one stored with this id or web address") Source source,
        @NonNull @Description("The figures recorded now, in the order given") List<@NonNull TradeStatistic> recorded,
        @NonNull @Description("The figures given that were stored already, each with its position in `statistics`")
        List<@NonNull StoredAlready> alreadyStored,
        @NonNull @Description("What the consistency checks find on the figures recorded now (at most 50 findings)")
        List<@NonNull ConsistencyFinding> consistency) {

    @Description("A figure given to recordArticle that is stored already: same article, same quote, same amount and unit")
    public record StoredAlready(
            @Description("Its position in the `statistics` argument, from 0") int index,
            @NonNull @Description("The stored figure") TradeStatistic statistic) {
    }
}
