package org.caravan.trade;

import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.caravan.paging.PageRequest;
import org.caravan.revision.CodedWriteFailures;
import org.caravan.revision.Editing;
import org.caravan.revision.IdempotencyKeys;
import org.caravan.revision.Revision;
import org.caravan.revision.RevisionConnection;
import org.caravan.revision.RevisionHistory;
import org.caravan.revision.RevisionLog;
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
@CodedWriteFailures
public class StatisticMutations {

    static final String SUBJECT = StatisticRecorder.SUBJECT;

    @Inject
    Editing editing;

    @Inject
    StatisticRecorder recorder;

    @Inject
    IdempotencyKeys idempotency;

    @Mutation
    @Transactional
    @Description("Record a new figure (editors only)")
    public @NonNull TradeStatistic recordStatistic(
            @Name("input") @Description("The figure, with its source and quote") @NonNull StatisticInput input,
            @Name("idempotencyKey") @Description(IdempotencyKeys.DESCRIPTION) String idempotencyKey) {
        String author = editing.authorize(input);
        String id = input.id != null ? input.id : StatisticRecorder.freeId(input);
        Optional<String> recorded = idempotency.claim(idempotencyKey, "recordStatistic", input, author, id);
        if (recorded.isPresent()) {
            return Statistics.require(recorded.get(), "idempotencyKey");
        }
        input.id = id;
        return recorder.record(input, author);
    }

    @Mutation
    @Transactional
    @Description("Correct a figure (editors only). The earlier state stays available in `revisions`.")
    public @NonNull TradeStatistic correctStatistic(
            @Name("id") @Description("Id of the statistic to correct") @Id @NonNull String id,
            @Name("input") @Description("The whole corrected entry") @NonNull StatisticInput input,
            @Name("reason") @Description("Why: kept in the revision history") @NonNull String reason,
            @Name("expectedRevision") @Description(Editing.EXPECTED_REVISION) Integer expectedRevision) {
        String author = editing.authorize(input, reason);
        TradeStatistic current = Statistics.require(id, "id");
        Editing.requireSameId(id, input.id, "id");
        TradeStatistic corrected = Editing.fromInput(() -> StatisticConversion.toStatistic(input, id));
        corrected.retracted = current.retracted;
        return editing.correct(SUBJECT, id, current, corrected, StatisticConversion::toInput, author, reason, expectedRevision);
    }

    @Mutation
    @Transactional
    @Description("Retract a figure (editors only): hidden from lists, rankings and checks, still readable by id")
    public @NonNull TradeStatistic retractStatistic(
            @Name("id") @Description("Id of the statistic to retract") @Id @NonNull String id,
            @Name("reason") @Description("Why: kept in the revision history") @NonNull String reason,
            @Name("expectedRevision") @Description(Editing.EXPECTED_REVISION) Integer expectedRevision) {
        String author = editing.authorize(null, reason);
        TradeStatistic statistic = Statistics.require(id, "id");
        return editing.retract(SUBJECT, id, statistic, s -> !s.retracted && (s.retracted = true),
                StatisticConversion::toInput, author, reason, expectedRevision);
    }

    @Description(RevisionHistory.DESCRIPTION)
    public @NonNull RevisionConnection history(@Source TradeStatistic statistic,
            @Name("first") @Description(RevisionHistory.FIRST) Integer first,
            @Name("after") @Description(RevisionHistory.AFTER) String after,
            @Name("last") @Description(RevisionHistory.LAST) Integer last,
            @Name("before") @Description(RevisionHistory.BEFORE) String before) {
        return RevisionHistory.of(SUBJECT, statistic.id, PageRequest.of(first, after, last, before));
    }

    @Description("Every state this figure has had, oldest first; empty for a figure never edited; at most " + RevisionLog.PAGE
            + " at a time")
    public List<@NonNull List<@NonNull Revision>> revisions(@Source List<TradeStatistic> statistics,
            @Name("after") @Description(RevisionLog.AFTER) Integer after) {
        return RevisionLog.of(SUBJECT, statistics.stream().map(statistic -> statistic.id).toList(), after);
    }

    @Description(RevisionLog.LATEST)
    public List<@NonNull Integer> latestRevision(@Source List<TradeStatistic> statistics) {
        return RevisionLog.latestNumbers(SUBJECT, statistics.stream().map(statistic -> statistic.id).toList());
    }
}
