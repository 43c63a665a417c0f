package org.caravan.trade;

import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.caravan.revision.Editing;

/**
 * Records a new figure with its revision: the one path of {@code recordStatistic} and of {@code recordArticle}. The
 * caller has checked the editor and the input and holds the transaction.
 */
@ApplicationScoped
public class StatisticRecorder {

    public static final String SUBJECT = "STATISTIC";

    @Inject
    Editing editing;

    /** The figure recorded under the input's id, or a free id made of its reporter, indicator and period. */
    public TradeStatistic record(StatisticInput input, String author) {
        String id = input.id != null ? input.id : freeId(input);
        Editing.requireNew(TradeStatistic.findById(id), "id", id);
        TradeStatistic statistic = Editing.fromInput(() -> StatisticConversion.toStatistic(input, id));
        return editing.record(SUBJECT, id, statistic, StatisticConversion::toInput, author);
    }

    /** The id a new figure would get: kashgar-trade-value-2024-h1, or with -2, -3 ... when taken. */
    public static String freeId(StatisticInput input) {
        String base = (input.reporter + "-" + input.indicator + "-" + (input.period == null ? "undated" : input.period))
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        String id = base;
        for (int n = 2; TradeStatistic.findById(id) != null; n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** A figure in force taken from the same article, with the same words and the same amount as printed. */
    public static Optional<TradeStatistic> sameFigure(StatisticInput input) {
        return TradeStatistic.<TradeStatistic>find("citation.source.id = ?1 and citation.quote = ?2 and retracted = false",
                input.source, input.quote).stream()
                .filter(stored -> input.amount == null ? stored.printedAmount == null
                        : input.amount.strip().equals(stored.printedAmount))
                .filter(stored -> stored.unit == input.unit)
                .findFirst();
    }
}
