package org.caravan.trade;

import java.util.List;
import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import org.caravan.dataset.DatasetFile.StatisticEntry;
import org.caravan.dataset.StatisticEntries;
import org.caravan.error.CaravanException;
import org.caravan.error.ErrorCode;
import org.caravan.error.InputValidation;
import org.caravan.revision.Revision;
import org.caravan.revision.RevisionAction;
import org.caravan.revision.RevisionLog;
import org.caravan.security.Editors;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/**
 * Recording, correcting and retracting statistics. Each mutation is one transaction: the figure and its
 * revision are written together, or, on any error, nothing is.
 */
@GraphQLApi
public class StatisticMutations {

    static final String SUBJECT = "STATISTIC";

    @Inject
    Editors editors;

    @Inject
    RevisionLog revisions;

    @Inject
    Validator validator;

    @Mutation
    @Transactional
    @Description("Record a new figure (editors only)")
    public @NonNull TradeStatistic recordStatistic(@Name("input") @NonNull StatisticInput input) {
        String author = editors.requireEditor();
        InputValidation.check(validator, input, "input");
        String id = input.id != null ? input.id : freeId(input);
        if (TradeStatistic.findById(id) != null) {
            throw new CaravanException(ErrorCode.DUPLICATE_ID, "input.id",
                    "A statistic with the id '" + id + "' exists already; correct it instead.");
        }
        TradeStatistic statistic = fromInput(input.toEntry(id));
        statistic.persist();
        revisions.append(SUBJECT, id, RevisionAction.RECORDED, author, null, StatisticEntries.toEntry(statistic));
        return statistic;
    }

    @Mutation
    @Transactional
    @Description("Correct a figure (editors only). The earlier state stays available in `revisions`.")
    public @NonNull TradeStatistic correctStatistic(@Name("id") @Id @NonNull String id,
            @Name("input") @NonNull StatisticInput input, @Name("reason") @NonNull String reason) {
        String author = editors.requireEditor();
        InputValidation.check(validator, input, "input");
        requireReason(reason);
        TradeStatistic current = StatisticQueries.require(id, "id");
        if (input.id != null && !input.id.equals(id)) {
            throw new CaravanException(ErrorCode.INVALID_INPUT, "input.id", "A correction cannot change the id.");
        }
        TradeStatistic corrected = fromInput(input.toEntry(id));
        revisions.keepOriginal(SUBJECT, id, StatisticEntries.toEntry(current));
        corrected.retracted = current.retracted;
        TradeStatistic stored = TradeStatistic.getEntityManager().merge(corrected);
        revisions.append(SUBJECT, id, RevisionAction.CORRECTED, author, reason, StatisticEntries.toEntry(stored));
        return stored;
    }

    @Mutation
    @Transactional
    @Description("Retract a figure (editors only): hidden from lists, rankings and checks, still readable by id")
    public @NonNull TradeStatistic retractStatistic(@Name("id") @Id @NonNull String id,
            @Name("reason") @NonNull String reason) {
        String author = editors.requireEditor();
        requireReason(reason);
        TradeStatistic statistic = StatisticQueries.require(id, "id");
        if (statistic.retracted) {
            throw new CaravanException(ErrorCode.ALREADY_RETRACTED, "id", "Statistic '" + id + "' is already retracted.");
        }
        revisions.keepOriginal(SUBJECT, id, StatisticEntries.toEntry(statistic));
        statistic.retracted = true;
        revisions.append(SUBJECT, id, RevisionAction.RETRACTED, author, reason, StatisticEntries.toEntry(statistic));
        return statistic;
    }

    @Description("Every state this figure has had, oldest first; empty for a figure never edited")
    public @NonNull List<@NonNull Revision> revisions(@Source TradeStatistic statistic) {
        return Revision.of(SUBJECT, statistic.id);
    }

    private static TradeStatistic fromInput(StatisticEntry entry) {
        try {
            return StatisticEntries.toStatistic(entry);
        } catch (CaravanException e) {
            throw e.under("input");
        }
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new CaravanException(ErrorCode.INVALID_INPUT, "reason", "A correction or retraction needs a reason.");
        }
    }

    /** kashgar-trade-value-2024-h1, or with -2, -3 ... when taken. */
    private static String freeId(StatisticInput input) {
        String base = (input.reporter + "-" + input.indicator + "-" + (input.period == null ? "undated" : input.period))
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        String id = base;
        for (int n = 2; TradeStatistic.findById(id) != null; n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
