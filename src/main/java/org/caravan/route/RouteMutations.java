package org.caravan.route;

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

/** Recording, correcting and retracting routes; each mutation is one transaction with its revision. */
@GraphQLApi
@CodedWriteFailures
public class RouteMutations {

    static final String SUBJECT = "ROUTE";

    @Inject
    Editing editing;

    @Inject
    IdempotencyKeys idempotency;

    @Mutation
    @Transactional
    @Description("Record a route, corridor or crossing an article states (editors only)")
    public @NonNull Route recordRoute(
            @Name("input") @Description("The route, with its source and quote") @NonNull RouteInput input,
            @Name("idempotencyKey") @Description(IdempotencyKeys.DESCRIPTION) String idempotencyKey) {
        String author = editing.authorize(input);
        Optional<String> recorded = idempotency.claim(idempotencyKey, "recordRoute", input, author, input.id);
        if (recorded.isPresent()) {
            return Routes.require(recorded.get(), "idempotencyKey");
        }
        Editing.requireNew(Route.findById(input.id), "id", input.id);
        Route route = Editing.fromInput(() -> RouteConversion.toRoute(input));
        return editing.record(SUBJECT, route.id, route, RouteConversion::toInput, author);
    }

    @Mutation
    @Transactional
    @Description("Correct a route (editors only); earlier states stay in `revisions`")
    public @NonNull Route correctRoute(
            @Name("id") @Description("Id of the route to correct") @Id @NonNull String id,
            @Name("input") @Description("The whole corrected entry") @NonNull RouteInput input,
            @Name("reason") @Description("Why: kept in the revision history") @NonNull String reason,
            @Name("expectedRevision") @Description(Editing.EXPECTED_REVISION) Integer expectedRevision) {
        String author = editing.authorize(input, reason);
        Route current = Routes.require(id, "id");
        Editing.requireSameId(id, input.id, "id");
        Route corrected = Editing.fromInput(() -> RouteConversion.toRoute(input));
        corrected.retracted = current.retracted;
        return editing.correct(SUBJECT, id, current, corrected, RouteConversion::toInput, author, reason, expectedRevision);
    }

    @Mutation
    @Transactional
    @Description("Retract a route (editors only): left out of `routes`, still found by `route(id)`")
    public @NonNull Route retractRoute(
            @Name("id") @Description("Id of the route to retract") @Id @NonNull String id,
            @Name("reason") @Description("Why: kept in the revision history") @NonNull String reason,
            @Name("expectedRevision") @Description(Editing.EXPECTED_REVISION) Integer expectedRevision) {
        String author = editing.authorize(null, reason);
        Route route = Routes.require(id, "id");
        return editing.retract(SUBJECT, id, route, r -> !r.retracted && (r.retracted = true), RouteConversion::toInput,
                author, reason, expectedRevision);
    }

    @Description(RevisionHistory.DESCRIPTION)
    public @NonNull RevisionConnection history(@Source Route route,
            @Name("first") @Description(RevisionHistory.FIRST) Integer first,
            @Name("after") @Description(RevisionHistory.AFTER) String after,
            @Name("last") @Description(RevisionHistory.LAST) Integer last,
            @Name("before") @Description(RevisionHistory.BEFORE) String before) {
        return RevisionHistory.of(SUBJECT, route.id, PageRequest.of(first, after, last, before));
    }

    @Description("Every state this route has had, oldest first; empty when never edited; at most " + RevisionLog.PAGE
            + " at a time")
    public List<@NonNull List<@NonNull Revision>> revisions(@Source List<Route> routes,
            @Name("after") @Description(RevisionLog.AFTER) Integer after) {
        return RevisionLog.of(SUBJECT, routes.stream().map(route -> route.id).toList(), after);
    }

    @Description(RevisionLog.LATEST)
    public List<@NonNull Integer> latestRevision(@Source List<Route> routes) {
        return RevisionLog.latestNumbers(SUBJECT, routes.stream().map(route -> route.id).toList());
    }
}
