package org.caravan.source;

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

/** Recording, correcting and retracting sources; each mutation is one transaction with its revision. */
@GraphQLApi
@CodedWriteFailures
public class SourceMutations {

    static final String SUBJECT = SourceRecorder.SUBJECT;

    @Inject
    Editing editing;

    @Inject
    IdempotencyKeys idempotency;

    @Inject
    SourceRecorder recorder;

    @Mutation
    @Transactional
    @Description("Record a new source article (editors only)")
    public @NonNull Source recordSource(
            @Name("input") @Description("The article's metadata") @NonNull SourceInput input,
            @Name("idempotencyKey") @Description(IdempotencyKeys.DESCRIPTION) String idempotencyKey) {
        String author = editing.authorize(input);
        Optional<String> recorded = idempotency.claim(idempotencyKey, "recordSource", input, author, input.id);
        if (recorded.isPresent()) {
            return Sources.require(recorded.get(), "idempotencyKey");
        }
        return recorder.record(input, author);
    }

    @Mutation
    @Transactional
    @Description("Correct a source's metadata (editors only); earlier states stay in `revisions`")
    public @NonNull Source correctSource(
            @Name("id") @Description("Id of the source to correct") @Id @NonNull String id,
            @Name("input") @Description("The whole corrected entry") @NonNull SourceInput input,
            @Name("reason") @Description("Why: kept in the revision history") @NonNull String reason,
            @Name("expectedRevision") @Description(Editing.EXPECTED_REVISION) Integer expectedRevision) {
        String author = editing.authorize(input, reason);
        Source current = Sources.require(id, "id");
        Editing.requireSameId(id, input.id, "id");
        Source corrected = Editing.fromInput(() -> SourceConversion.toSource(input));
        corrected.seedFile = current.seedFile;
        corrected.retracted = current.retracted;
        return editing.correct(SUBJECT, id, current, corrected, SourceConversion::toInput, author, reason, expectedRevision);
    }

    @Mutation
    @Transactional
    @Description("Retract a source (editors only): left out of `sources`, its figures stay until retracted themselves")
    public @NonNull Source retractSource(
            @Name("id") @Description("Id of the source to retract") @Id @NonNull String id,
            @Name("reason") @Description("Why: kept in the revision history") @NonNull String reason,
            @Name("expectedRevision") @Description(Editing.EXPECTED_REVISION) Integer expectedRevision) {
        String author = editing.authorize(null, reason);
        Source source = Sources.require(id, "id");
        return editing.retract(SUBJECT, id, source, s -> !s.retracted && (s.retracted = true), SourceConversion::toInput,
                author, reason, expectedRevision);
    }

    @Description(RevisionHistory.DESCRIPTION)
    public @NonNull RevisionConnection history(@org.eclipse.microprofile.graphql.Source Source source,
            @Name("first") @Description(RevisionHistory.FIRST) Integer first,
            @Name("after") @Description(RevisionHistory.AFTER) String after,
            @Name("last") @Description(RevisionHistory.LAST) Integer last,
            @Name("before") @Description(RevisionHistory.BEFORE) String before) {
        return RevisionHistory.of(SUBJECT, source.id, PageRequest.of(first, after, last, before));
    }

    @Description("Every state this source has had, oldest first; empty when never edited; at most " + RevisionLog.PAGE
            + " at a time")
    public List<@NonNull List<@NonNull Revision>> revisions(@org.eclipse.microprofile.graphql.Source List<Source> sources,
            @Name("after") @Description(RevisionLog.AFTER) Integer after) {
        return RevisionLog.of(SUBJECT, sources.stream().map(source -> source.id).toList(), after);
    }

    @Description(RevisionLog.LATEST)
    public List<@NonNull Integer> latestRevision(@org.eclipse.microprofile.graphql.Source List<Source> sources) {
        return RevisionLog.latestNumbers(SUBJECT, sources.stream().map(source -> source.id).toList());
    }
}
