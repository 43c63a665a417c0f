package org.caravan.trade;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.caravan.GraphQL;
import org.caravan.dataset.DatasetReader;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
public class StatisticQueriesTest {

    private static final String PAGE = """
            query Page($filter: StatisticFilter, $first: Int, $after: String) {
              statistics(filter: $filter, first: $first, after: $after) {
                totalCount
                pageInfo { hasNextPage endCursor }
                edges { cursor node { id } }
              }
            }""";

    @Test
    void servesAFigureWithItsQualifierPeriodAndVerbatimCitation() {
        GraphQL.post("""
                { statistic(id: "kashgar-trade-2023-q1-q3") {
                    id indicator value unit printedAmount qualifier forecast reportedGrowthPercent
                    period { label granularity start end }
                    reporter { code name } partner { code }
                    statedConversion { value unit qualifier printedAmount }
                    citation { quote source { title outlet publishedOn } } } }""")
                .body("errors", nullValue())
                .body("data.statistic.value", is(61000000000L))
                .body("data.statistic.unit", is("CNY"))
                .body("data.statistic.printedAmount", is("61 billion"))
                .body("data.statistic.qualifier", is("EXCEEDS"))
                .body("data.statistic.forecast", is(false))
                .body("data.statistic.reportedGrowthPercent", is(89.7))
                .body("data.statistic.period.label", is("2023-Q1..Q3"))
                .body("data.statistic.period.granularity", is("QUARTERS"))
                .body("data.statistic.period.end", is("2023-09-30"))
                .body("data.statistic.reporter.code", is("kashgar"))
                .body("data.statistic.partner", nullValue())
                .body("data.statistic.statedConversion.value", is(8390000000L))
                .body("data.statistic.statedConversion.qualifier", is("ABOUT"))
                .body("data.statistic.citation.quote", containsString("exceeded 61 billion yuan (about 8.39 billion U.S. dollars)"))
                .body("data.statistic.citation.source.outlet", is("Shiliuyun-Xinjiang Daily"));
    }

    @Test
    void aForecastIsMarkedAndCanBeLeftOut() {
        GraphQL.post("{ statistic(id: \"kashgar-trade-2023-01-08-forecast\") { qualifier forecast } }")
                .body("data.statistic.qualifier", is("EXPECTED_TO_EXCEED"))
                .body("data.statistic.forecast", is(true));
        GraphQL.post(PAGE, Map.of("filter", Map.of("reporter", "kashgar", "includeForecasts", false), "first", 100))
                .body("data.statistics.edges.node.id", not(hasItem("kashgar-trade-2023-01-08-forecast")))
                .body("data.statistics.edges.node.id", hasItem("kashgar-trade-2022"));
    }

    @Test
    void keepsBothEndsOfARange() {
        GraphQL.post("{ statistic(id: \"khorgos-truck-clearance-time\") { value valueHigh unit period { granularity } } }")
                .body("data.statistic.value", is(25))
                .body("data.statistic.valueHigh", is(30))
                .body("data.statistic.unit", is("MINUTES"))
                .body("data.statistic.period.granularity", is("UNSPECIFIED"));
    }

    @Test
    void pagesThroughEveryStatisticExactlyOnce() {
        int total = GraphQL.post(PAGE, Map.of("first", 0)).extract().path("data.statistics.totalCount");
        List<String> seen = new ArrayList<>();
        String after = null;
        boolean more = true;
        while (more) {
            Map<String, Object> variables = new java.util.HashMap<>(Map.of("first", 7));
            if (after != null) {
                variables.put("after", after);
            }
            var page = GraphQL.post(PAGE, variables).body("errors", nullValue()).extract();
            seen.addAll(page.path("data.statistics.edges.node.id"));
            more = page.path("data.statistics.pageInfo.hasNextPage");
            after = page.path("data.statistics.pageInfo.endCursor");
        }
        assertEquals(total, seen.size());
        assertEquals(total, new HashSet<>(seen).size(), "a statistic appeared on two pages");
        assertFalse(seen.isEmpty());
    }

    private static final String BOTH_WAYS = """
            query Page($filter: StatisticFilter, $first: Int, $after: String, $last: Int, $before: String) {
              statistics(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
                pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
                edges { cursor node { id } }
              }
            }""";

    @Test
    void pagesBackwardFromTheEndFindTheSameListTurnedRound() {
        // Kashgar reports 23 figures of its own (bundled): pages of 5 forward are 5, 5, 5, 5 and 3.
        Map<String, Object> kashgar = Map.of("reporter", "kashgar");
        List<String> forward = new ArrayList<>();
        String after = null;
        for (int page = 0; page < 5; page++) {
            Map<String, Object> variables = new java.util.HashMap<>(Map.of("filter", kashgar, "first", 5));
            if (after != null) {
                variables.put("after", after);
            }
            var read = GraphQL.post(BOTH_WAYS, variables).body("errors", nullValue()).extract();
            forward.addAll(read.path("data.statistics.edges.node.id"));
            after = read.path("data.statistics.pageInfo.endCursor");
        }
        assertEquals(23, forward.size());
        List<String> backward = new ArrayList<>();
        String before = null;
        for (int page = 0; page < 5; page++) {
            Map<String, Object> variables = new java.util.HashMap<>(Map.of("filter", kashgar, "last", 5));
            if (before != null) {
                variables.put("before", before);
            }
            var read = GraphQL.post(BOTH_WAYS, variables).body("errors", nullValue())
                    .body("data.statistics.pageInfo.hasNextPage", is(before != null))
                    .body("data.statistics.pageInfo.hasPreviousPage", is(page < 4))
                    .body("data.statistics.edges", hasSize(page < 4 ? 5 : 3)).extract();
            List<String> ids = read.path("data.statistics.edges.node.id");
            assertEquals((String) read.path("data.statistics.edges[0].cursor"),
                    (String) read.path("data.statistics.pageInfo.startCursor"));
            backward.addAll(0, ids);
            before = read.path("data.statistics.pageInfo.startCursor");
        }
        assertEquals(forward, backward, "backward pages, each in the list's order, put end to end");
        // A page back from the middle: the five before the 11th figure are the 6th to the 10th.
        String cursorOfEleventh = GraphQL.post(BOTH_WAYS, Map.of("filter", kashgar, "first", 11)).extract()
                .path("data.statistics.edges[10].cursor");
        GraphQL.post(BOTH_WAYS, Map.of("filter", kashgar, "last", 5, "before", cursorOfEleventh))
                .body("data.statistics.edges.node.id", is(forward.subList(5, 10)));
    }

    @Test
    void pagingForwardAndBackwardAtOnceIsRefused() {
        GraphQL.post(BOTH_WAYS, Map.of("first", 5, "last", 5))
                .body("errors[0].extensions.code", is("INVALID_INPUT"))
                .body("errors[0].extensions.argument", is("first"));
        GraphQL.post(BOTH_WAYS, Map.of("last", 101))
                .body("errors[0].extensions.code", is("INVALID_PAGE_SIZE"))
                .body("errors[0].extensions.argument", is("last"));
        GraphQL.post(BOTH_WAYS, Map.of("last", 5, "before", "not-a-cursor"))
                .body("errors[0].extensions.code", is("INVALID_CURSOR"))
                .body("errors[0].extensions.argument", is("before"));
    }

    private static final String SIDES = """
            query Sides($filter: StatisticFilter) {
              statistics(filter: $filter, first: 100) {
                totalCount
                edges { mirror node { id flow reporter { code } partner { code } } }
              }
            }""";

    @Test
    void aFlowIsReadFromEitherSideWithMirrorFiguresMarked() {
        // Bundled: Xinjiang reports no figure with Kazakhstan as partner; Kazakhstan reports four flows with
        // Xinjiang (2023-H1 total, exports and imports, 2022-H1 total) and a share, which is not a flow.
        GraphQL.post(SIDES, Map.of("filter", Map.of("reporter", "xinjiang", "partner", "KZ")))
                .body("data.statistics.totalCount", is(0));
        GraphQL.post(SIDES, Map.of("filter", Map.of("reporter", "xinjiang", "partner", "KZ", "reportedBy", "PARTNER")))
                .body("errors", nullValue())
                .body("data.statistics.edges.node.id", is(List.of("kazakhstan-exports-to-xinjiang-2023-h1",
                        "kazakhstan-imports-from-xinjiang-2023-h1", "kazakhstan-xinjiang-trade-2023-h1",
                        "kazakhstan-xinjiang-trade-2022-h1")))
                .body("data.statistics.edges.mirror", everyItem(is(true)))
                .body("data.statistics.edges.node.reporter.code", everyItem(is("KZ")));
        // Xinjiang's imports from Kazakhstan are Kazakhstan's exports to Xinjiang, and the other way round.
        GraphQL.post(SIDES, Map.of("filter", Map.of("reporter", "xinjiang", "partner", "KZ", "flow", "IMPORT",
                "reportedBy", "PARTNER")))
                .body("data.statistics.edges.node.id", is(List.of("kazakhstan-exports-to-xinjiang-2023-h1")));
        GraphQL.post(SIDES, Map.of("filter", Map.of("reporter", "xinjiang", "partner", "KZ", "flow", "EXPORT",
                "reportedBy", "EITHER")))
                .body("data.statistics.edges.node.id", is(List.of("kazakhstan-imports-from-xinjiang-2023-h1")));
        // Both sides of Xinjiang's 2023-H1 trade: its own Pakistan figure and Kazakhstan's three mirror figures.
        GraphQL.post(SIDES, Map.of("filter", Map.of("reporter", "xinjiang", "reportedBy", "EITHER", "period", "2023-H1",
                "periodMatch", "EXACT")))
                .body("data.statistics.totalCount", is(4))
                .body("data.statistics.edges.find { it.node.id == 'xinjiang-pakistan-trade-2023-h1' }.mirror", is(false))
                .body("data.statistics.edges.findAll { it.mirror }.node.id", is(List.of(
                        "kazakhstan-exports-to-xinjiang-2023-h1", "kazakhstan-imports-from-xinjiang-2023-h1",
                        "kazakhstan-xinjiang-trade-2023-h1")));
        // A world total has no mirror.
        GraphQL.post(SIDES, Map.of("filter", Map.of("reporter", "xinjiang", "worldTotalOnly", true, "reportedBy",
                "PARTNER")))
                .body("data.statistics.totalCount", is(0));
    }

    @Test
    void aPeriodMatchesExactlyWithinOrOverlapping() {
        // Kashgar's own figures dated in 2023 (bundled data): three whole-year 2023 figures (enterprises, orders,
        // orders' value), five for 2023-Q1..Q3 (trade, its two ranks, partners, Belt and Road share), three for
        // 2023-01..07 (partners, Central Asia, Belt and Road) and the 2023-01..08 forecast: 3 + 5 + 3 + 1 = 12.
        // All twelve lie within 2023; only the three whole-year ones are exactly 2023; none lies within 2023-H1,
        // yet all twelve share January 2023 with it.
        Map<String, Integer> expected2023 = Map.of("EXACT", 3, "WITHIN", 12, "OVERLAPS", 12);
        Map<String, Integer> expectedH1 = Map.of("EXACT", 0, "WITHIN", 0, "OVERLAPS", 12);
        for (String match : List.of("EXACT", "WITHIN", "OVERLAPS")) {
            GraphQL.post(PAGE, Map.of("filter", Map.of("reporter", "kashgar", "period", "2023", "periodMatch", match),
                    "first", 100))
                    .body("errors", nullValue())
                    .body("data.statistics.totalCount", is(expected2023.get(match)))
                    .body("data.statistics.edges", hasSize(expected2023.get(match)));
            GraphQL.post(PAGE, Map.of("filter", Map.of("reporter", "kashgar", "period", "2023-H1", "periodMatch",
                    match), "first", 100))
                    .body("data.statistics.totalCount", is(expectedH1.get(match)));
        }
        GraphQL.post(PAGE, Map.of("filter", Map.of("reporter", "kashgar", "period", "2023", "periodMatch", "EXACT"),
                "first", 100))
                .body("data.statistics.edges.node.id", hasItems("kashgar-enterprises-going-global-2023",
                        "kashgar-foreign-trade-orders-2023", "kashgar-foreign-trade-orders-value-2023"));
        // The default is OVERLAPS: the same twelve as asking for it.
        GraphQL.post(PAGE, Map.of("filter", Map.of("reporter", "kashgar", "period", "2023-H1"), "first", 100))
                .body("data.statistics.totalCount", is(12));
    }

    @Test
    void filtersByReporterPartnerGroupMembersIndicatorFlowAndPeriod() {
        GraphQL.post(PAGE, Map.of("filter", Map.of("reporter", "KAZ", "flow", "EXPORT")))
                .body("data.statistics.edges.node.id", is(List.of("kazakhstan-exports-to-xinjiang-2023-h1")));
        GraphQL.post(PAGE, Map.of("filter", Map.of("partner", "PK")))
                .body("data.statistics.edges.node.id",
                        is(List.of("xinjiang-pakistan-trade-2023-h1", "xinjiang-pakistan-trade-2022")));
        GraphQL.post(PAGE, Map.of("filter", Map.of("reporter", "xinjiang", "period", "2023")))
                .body("data.statistics.edges.node.id", is(List.of("xinjiang-pakistan-trade-2023-h1")));
        GraphQL.post(PAGE, Map.of("filter", Map.of("reporter", "xinjiang", "includePlacesWithinReporter", true,
                "indicators", List.of("TRADE_VALUE"), "period", "2022", "worldTotalOnly", true)))
                .body("data.statistics.edges.node.id",
                        hasItems("xinjiang-trade-2022", "kashgar-trade-2022", "kashgar-ftz-trade-2022"))
                .body("data.statistics.totalCount", is(3));
        GraphQL.post(PAGE, Map.of("filter", Map.of("indicators", List.of("AREA"))))
                .body("data.statistics.edges.node.id",
                        hasItems("kashgar-ftz-planned-area", "khorgos-duty-free-market-area"))
                .body("data.statistics.totalCount", is(2));
        GraphQL.post(PAGE, Map.of("filter", Map.of("source", "xj-gb-customs-meeting-2023")))
                .body("data.statistics.totalCount", is(2));
    }

    @Test
    void aGroupIsAPartnerWithNamedMembers() {
        GraphQL.post("""
                { all: statistics(filter: {partner: "central-asia"}) { edges { node { partner { code } } } }
                  groupOnly: statistics(filter: {partner: "central-asia", includeGroupMembers: false}) { totalCount }
                  place(code: "central-asia") { members { code } } }""")
                .body("data.place.members.code", is(List.of("KG", "KZ", "TJ", "TM", "UZ")))
                .body("data.all.edges.node.partner.code", everyItem(is("central-asia")))
                .body("data.groupOnly.totalCount", is(2));
        GraphQL.post(PAGE, Map.of("filter", Map.of("reporter", "xinjiang", "partner", "central-asia")))
                .body("data.statistics.edges.node.id", is(List.of("xinjiang-central-asia-trade-2022")));
    }

    @Test
    void badArgumentsGiveStableErrorCodesNotStackTraces() {
        GraphQL.post(PAGE, Map.of("first", 101))
                .body("data", nullValue())
                .body("errors[0].extensions.code", is("INVALID_PAGE_SIZE"))
                .body("errors[0].extensions.argument", is("first"))
                .body("errors[0].message", containsString("between 0 and 100"))
                .body("errors[0].extensions.exception", nullValue());
        GraphQL.post(PAGE, Map.of("first", 100)).body("errors", nullValue());
        GraphQL.post(PAGE, Map.of("first", -1)).body("errors[0].extensions.code", is("INVALID_PAGE_SIZE"));
        GraphQL.post(PAGE, Map.of("after", "not-a-cursor")).body("errors[0].extensions.code", is("INVALID_CURSOR"));
        GraphQL.post(PAGE, Map.of("filter", Map.of("reporter", "atlantis")))
                .body("errors[0].extensions.code", is("UNKNOWN_PLACE"))
                .body("errors[0].extensions.argument", is("filter.reporter"));
        GraphQL.post(PAGE, Map.of("filter", Map.of("period", "2023-H3")))
                .body("errors[0].extensions.code", is("INVALID_PERIOD"))
                .body("errors[0].message", containsString("2023-Q1..Q3"));
        GraphQL.post(PAGE, Map.of("filter", Map.of("source", "nope")))
                .body("errors[0].extensions.code", is("UNKNOWN_SOURCE"));
        GraphQL.post("{ statistic(id: \"nope\") { id } }")
                .body("data.statistic", nullValue())
                .body("errors[0].extensions.code", is("UNKNOWN_STATISTIC"));
    }

    @Test
    void everyStatisticCarriesACitation() {
        GraphQL.post("{ statistics(first: 100) { edges { node { citation { quote source { title } } } } } }")
                .body("data.statistics.edges", not(empty()))
                .body("data.statistics.edges.node.citation.quote", everyItem(notNullValue()))
                .body("data.statistics.edges.node.citation.source.title", everyItem(notNullValue()))
                .body("data.statistics.edges", hasSize(DatasetReader.readBundled().statistics().size()));
    }
}
