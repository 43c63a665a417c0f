package org.caravan.limits;

import java.util.Map;

import graphql.normalized.ExecutableNormalizedField;

import org.caravan.paging.PageRequest;

/**
 * How many items the cost model assumes a list field returns: a connection's page size ({@code first} or
 * {@code last}, 20 when absent, never more than 100), or, for lists without paging, the size listed here (docs/api.md,
 * "Limits"). A list field missing from the table counts {@value #UNLISTED}; ListSizesTest keeps the table
 * complete. {@link ListCaps} holds each unpaged list to its size, so the cost is never an underestimate.
 */
final class ListSizes {

    static final int UNLISTED = 100;

    /** Lists sized by the {@code first} (or {@code last}) argument of the connection field that holds them. */
    static final Map<String, Boolean> PAGED_BY_PARENT = Map.of(
            "TradeStatisticConnection.edges", true,
            "MeetingConnection.edges", true,
            "RevisionConnection.edges", true);

    /** Lists without paging, by "Type.field": the most items the cost assumes of each. */
    static final Map<String, Integer> UNPAGED = Map.ofEntries(
            Map.entry("Query.sources", 100),
            Map.entry("Query.places", 200),
            Map.entry("Query.partners", 100),
            Map.entry("Query.mirror", 20),
            Map.entry("Query.routes", 100),
            Map.entry("Query.nodes", 100),
            Map.entry("Route.through", 10),
            Map.entry("Route.ports", 12),
            Map.entry("Route.revisions", 20),
            Map.entry("Place.routes", 50),
            Map.entry("Query.consistencyFindings", 200),
            Map.entry("Place.children", 50),
            Map.entry("Place.groups", 20),
            Map.entry("Place.members", 100),
            Map.entry("Place.facts", 20),
            Map.entry("Place.meetings", 50),
            Map.entry("Place.statisticsAsReporter", 100),
            Map.entry("Place.statisticsAsPartner", 100),
            Map.entry("Place.revisions", 20),
            Map.entry("Meeting.outcomes", 20),
            Map.entry("Meeting.participants", 20),
            Map.entry("Meeting.places", 20),
            Map.entry("Meeting.topics", 20),
            Map.entry("Meeting.revisions", 20),
            Map.entry("Source.revisions", 20),
            Map.entry("TradeStatistic.consistency", 20),
            Map.entry("TradeStatistic.revisions", 20),
            Map.entry("ConsistencyFinding.statistics", 10),
            Map.entry("ConsistencyFinding.derivedValues", 3),
            Map.entry("Query.extractFigures", 100),
            Map.entry("ArticleRecord.recorded", 100),
            Map.entry("ArticleRecord.alreadyStored", 100),
            Map.entry("ArticleRecord.consistency", 50));

    private ListSizes() {
    }

    /** The assumed size of {@code field}, a field of list type on the object type {@code typeName}. */
    static long of(String typeName, ExecutableNormalizedField field) {
        String key = typeName + "." + field.getFieldName();
        if (PAGED_BY_PARENT.containsKey(key) && field.getParent() != null) {
            Map<String, Object> arguments = field.getParent().getResolvedArguments();
            return pageSize(arguments.get("first") != null ? arguments.get("first") : arguments.get("last"));
        }
        return UNPAGED.getOrDefault(key, UNLISTED);
    }

    private static long pageSize(Object first) {
        if (first instanceof Number number) {
            return Math.max(0, Math.min(PageRequest.MAX_SIZE, number.longValue()));
        }
        return PageRequest.DEFAULT_SIZE;
    }
}
