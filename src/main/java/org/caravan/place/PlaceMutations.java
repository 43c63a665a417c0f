package org.caravan.place;

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
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** Recording, correcting and retracting places; each mutation is one transaction with its revision. */
@GraphQLApi
@CodedWriteFailures
public class PlaceMutations {

    static final String SUBJECT = "PLACE";

    @Inject
    Editing editing;

    @Inject
    IdempotencyKeys idempotency;

    @Mutation
    @Transactional
    @Description("Record a new place (editors only)")
    public @NonNull Place recordPlace(@Name("input") @Description("The place") @NonNull PlaceInput input,
            @Name("idempotencyKey") @Description(IdempotencyKeys.DESCRIPTION) String idempotencyKey) {
        String author = editing.authorize(input);
        Optional<String> recorded = idempotency.claim(idempotencyKey, "recordPlace", input, author, input.code);
        if (recorded.isPresent()) {
            return Places.require(recorded.get(), "idempotencyKey");
        }
        Places.requireUniqueCodes(input.code, input.iso3, null);
        Editing.requireNew(null, "code", input.code);
        Place place = Editing.fromInput(() -> PlaceConversion.toPlaceWithMembers(input));
        return editing.record(SUBJECT, place.code, place, PlaceConversion::toInput, author);
    }

    @Mutation
    @Transactional
    @Description("Correct a place (editors only); earlier states stay in `revisions`")
    public @NonNull Place correctPlace(
            @Name("code") @Description("Code of the place to correct") @NonNull String code,
            @Name("input") @Description("The whole corrected entry") @NonNull PlaceInput input,
            @Name("reason") @Description("Why: kept in the revision history") @NonNull String reason,
            @Name("expectedRevision") @Description(Editing.EXPECTED_REVISION) Integer expectedRevision) {
        String author = editing.authorize(input, reason);
        Place current = Places.require(code, "code");
        Editing.requireSameId(current.code, input.code, "code");
        Places.requireUniqueCodes(current.code, input.iso3, current.code);
        Place corrected = Editing.fromInput(() -> PlaceConversion.toPlaceWithMembers(input));
        corrected.retracted = current.retracted;
        return editing.correct(SUBJECT, current.code, current, corrected, PlaceConversion::toInput, author, reason, expectedRevision);
    }

    @Mutation
    @Transactional
    @Description("Retract a place (editors only): left out of `places`, still found by `place(code)`")
    public @NonNull Place retractPlace(
            @Name("code") @Description("Code of the place to retract") @NonNull String code,
            @Name("reason") @Description("Why: kept in the revision history") @NonNull String reason,
            @Name("expectedRevision") @Description(Editing.EXPECTED_REVISION) Integer expectedRevision) {
        String author = editing.authorize(null, reason);
        Place place = Places.require(code, "code");
        return editing.retract(SUBJECT, place.code, place, p -> !p.retracted && (p.retracted = true),
                PlaceConversion::toInput, author, reason, expectedRevision);
    }

    @Description(RevisionHistory.DESCRIPTION)
    public @NonNull RevisionConnection history(@Source Place place,
            @Name("first") @Description(RevisionHistory.FIRST) Integer first,
            @Name("after") @Description(RevisionHistory.AFTER) String after,
            @Name("last") @Description(RevisionHistory.LAST) Integer last,
            @Name("before") @Description(RevisionHistory.BEFORE) String before) {
        return RevisionHistory.of(SUBJECT, place.code, PageRequest.of(first, after, last, before));
    }

    @Description("Every state this place has had, oldest first; empty when never edited; at most " + RevisionLog.PAGE
            + " at a time")
    public List<@NonNull List<@NonNull Revision>> revisions(@Source List<Place> places,
            @Name("after") @Description(RevisionLog.AFTER) Integer after) {
        return RevisionLog.of(SUBJECT, places.stream().map(place -> place.code).toList(), after);
    }

    @Description(RevisionLog.LATEST)
    public List<@NonNull Integer> latestRevision(@Source List<Place> places) {
        return RevisionLog.latestNumbers(SUBJECT, places.stream().map(place -> place.code).toList());
    }
}
