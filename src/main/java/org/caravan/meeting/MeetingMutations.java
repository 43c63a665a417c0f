package org.caravan.meeting;

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

/** Recording, correcting and retracting meetings; each mutation is one transaction with its revision. */
@GraphQLApi
@CodedWriteFailures
public class MeetingMutations {

    static final String SUBJECT = "MEETING";

    @Inject
    Editing editing;

    @Inject
    IdempotencyKeys idempotency;

    @Mutation
    @Transactional
    @Description("Record a meeting, visit or event (editors only)")
    public @NonNull Meeting recordMeeting(
            @Name("input") @Description("The meeting, with its source and quote") @NonNull MeetingInput input,
            @Name("idempotencyKey") @Description(IdempotencyKeys.DESCRIPTION) String idempotencyKey) {
        String author = editing.authorize(input);
        Optional<String> recorded = idempotency.claim(idempotencyKey, "recordMeeting", input, author, input.id);
        if (recorded.isPresent()) {
            return Meetings.require(recorded.get(), "idempotencyKey");
        }
        Editing.requireNew(Meeting.findById(input.id), "id", input.id);
        Meeting meeting = Editing.fromInput(() -> MeetingConversion.toMeeting(input));
        return editing.record(SUBJECT, meeting.id, meeting, MeetingConversion::toInput, author);
    }

    @Mutation
    @Transactional
    @Description("Correct a meeting (editors only); earlier states stay in `revisions`")
    public @NonNull Meeting correctMeeting(
            @Name("id") @Description("Id of the meeting to correct") @Id @NonNull String id,
            @Name("input") @Description("The whole corrected entry") @NonNull MeetingInput input,
            @Name("reason") @Description("Why: kept in the revision history") @NonNull String reason,
            @Name("expectedRevision") @Description(Editing.EXPECTED_REVISION) Integer expectedRevision) {
        String author = editing.authorize(input, reason);
        Meeting current = Meetings.require(id, "id");
        Editing.requireSameId(id, input.id, "id");
        Meeting corrected = Editing.fromInput(() -> MeetingConversion.toMeeting(input));
        corrected.retracted = current.retracted;
        return editing.correct(SUBJECT, id, current, corrected, MeetingConversion::toInput, author, reason, expectedRevision);
    }

    @Mutation
    @Transactional
    @Description("Retract a meeting (editors only): left out of `meetings`, still found by `meeting(id)`")
    public @NonNull Meeting retractMeeting(
            @Name("id") @Description("Id of the meeting to retract") @Id @NonNull String id,
            @Name("reason") @Description("Why: kept in the revision history") @NonNull String reason,
            @Name("expectedRevision") @Description(Editing.EXPECTED_REVISION) Integer expectedRevision) {
        String author = editing.authorize(null, reason);
        Meeting meeting = Meetings.require(id, "id");
        return editing.retract(SUBJECT, id, meeting, m -> !m.retracted && (m.retracted = true), MeetingConversion::toInput,
                author, reason, expectedRevision);
    }

    @Description(RevisionHistory.DESCRIPTION)
    public @NonNull RevisionConnection history(@Source Meeting meeting,
            @Name("first") @Description(RevisionHistory.FIRST) Integer first,
            @Name("after") @Description(RevisionHistory.AFTER) String after,
            @Name("last") @Description(RevisionHistory.LAST) Integer last,
            @Name("before") @Description(RevisionHistory.BEFORE) String before) {
        return RevisionHistory.of(SUBJECT, meeting.id, PageRequest.of(first, after, last, before));
    }

    @Description("Every state this meeting has had, oldest first; empty when never edited; at most " + RevisionLog.PAGE
            + " at a time")
    public List<@NonNull List<@NonNull Revision>> revisions(@Source List<Meeting> meetings,
            @Name("after") @Description(RevisionLog.AFTER) Integer after) {
        return RevisionLog.of(SUBJECT, meetings.stream().map(meeting -> meeting.id).toList(), after);
    }

    @Description(RevisionLog.LATEST)
    public List<@NonNull Integer> latestRevision(@Source List<Meeting> meetings) {
        return RevisionLog.latestNumbers(SUBJECT, meetings.stream().map(meeting -> meeting.id).toList());
    }
}
