package org.caravan.trade;

import static org.caravan.editing.EditingProfile.EDITOR;
import static org.caravan.editing.EditingProfile.EDITOR_PASSWORD;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.caravan.GraphQL;
import org.caravan.TestDatabase;
import org.caravan.editing.EditingProfile;
import org.caravan.paging.PageRequest;
import org.caravan.period.Granularity;
import org.caravan.period.Period;
import org.caravan.period.PeriodMatch;
import org.caravan.period.PeriodParser;
import org.caravan.place.Place;
import org.caravan.place.Places;
import org.caravan.source.Source;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The figures kept in memory answer every read as the database does. Each read of {@link Statistics} is asked twice:
 * outside a transaction, where the snapshot answers, and inside one, where the database does; over the bundled
 * dataset and a few thousand synthetic figures (many reporters, partners, months and flows), with random filters,
 * page sizes and cursors. A write is seen by the very next read, and reads from a current snapshot run no SQL.
 */
@QuarkusTest
@TestProfile(FigureSnapshotTest.SnapshotProfile.class)
public class FigureSnapshotTest {

    private static final int FILTERS = 1500;

    public static class SnapshotProfile extends EditingProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
            overrides.put("quarkus.datasource.jdbc.url", TestDatabase.url("caravan-snapshot"));
            overrides.put("caravan.synthetic.statistics", "3000");
            overrides.put("caravan.response-cache.enabled", "false");
            return overrides;
        }
    }

    @Inject
    Statistics statistics;

    @Inject
    FigureSnapshots snapshots;

    @Inject
    SessionFactory sessionFactory;

    private final Random random = new Random(20261207);
    private List<Place> places;
    private List<String> sourceIds;

    @BeforeEach
    void snapshotIsCurrent() throws InterruptedException {
        awaitSnapshot();
        places = inDatabase(() -> Place.<Place> listAll());
        sourceIds = inDatabase(() -> Source.<Source> listAll().stream().map(source -> source.id).toList());
    }

    private void awaitSnapshot() throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!snapshots.isCurrent()) {
            assertTrue(System.nanoTime() < until, "no snapshot within a minute");
            Thread.sleep(20);
        }
    }

    private static <T> T inDatabase(Supplier<T> read) {
        return QuarkusTransaction.requiringNew().call(read::get);
    }

    private FigureSnapshot snapshot() {
        return snapshots.current().orElseThrow();
    }

    @Test
    void everyFilterFindsTheSamePagesInMemoryAsInTheDatabase() {
        FigureSnapshot snapshot = snapshot();
        assertTrue(snapshot.size() > 3000, snapshot.size() + " figures");
        int nonEmpty = 0;
        for (int i = 0; i < FILTERS; i++) {
            StatisticFilter filter = randomFilter();
            StatisticMatch match = inDatabase(() -> StatisticMatch.of(filter, Optional.empty()));
            assertEquals(match.reporterCodes(), inDatabase(() -> StatisticMatch.of(filter, Optional.of(snapshot)))
                    .reporterCodes(), "places within, from the snapshot: " + describe(filter));
            boolean backward = random.nextInt(3) == 0;
            PageRequest page = new PageRequest(random.nextInt(25), null, null, backward);
            for (int pages = 0; pages < 3; pages++) {
                PageRequest asked = page;
                FigureSnapshot.Found inMemory = snapshot.search(match, asked, asked.size() + 1);
                FigureSnapshot.Found inDatabase = inDatabase(() -> statistics.searchDatabase(match, asked));
                String what = describe(filter) + (backward ? " before " : " after ") + asked.cursorId();
                assertEquals(inDatabase.totalCount(), inMemory.totalCount(), "count of " + what);
                assertEquals(ids(inDatabase.rows()), ids(inMemory.rows()), "page of " + what);
                if (inMemory.rows().size() <= asked.size() || asked.size() == 0) {
                    break;
                }
                nonEmpty++;
                // Rows come nearest the cursor first: the page's last row read is where the next page starts.
                TradeStatistic last = inMemory.rows().get(asked.size() - 1);
                page = new PageRequest(1 + random.nextInt(25), last.sortDate, last.id, backward);
            }
        }
        assertTrue(nonEmpty > FILTERS / 10, "only " + nonEmpty + " filters had a next page: the filters test too little");
    }

    @Test
    void theReadsOfGrowthPartnersPlacesAndChecksFindTheSameInMemoryAsInTheDatabase() {
        List<TradeStatistic> all = snapshot().all();
        assertEquals(sortedIds(inDatabase(() -> statistics.inForce())), sortedIds(statistics.inForce()));
        assertEquals(byPlace(inDatabase(() -> statistics.reportedBy(places))), byPlace(statistics.reportedBy(places)));
        assertEquals(byPlace(inDatabase(() -> statistics.withPartner(places))), byPlace(statistics.withPartner(places)));
        for (String sourceId : sourceIds) {
            Source source = new Source();
            source.id = sourceId;
            assertEquals(sortedIds(inDatabase(() -> statistics.fromSource(source))),
                    sortedIds(statistics.fromSource(source)), "figures of " + sourceId);
        }
        for (int i = 0; i < 60; i++) { // the database's answers take a while: thousands of earlier months each
            List<TradeStatistic> batch = new ArrayList<>();
            for (int size = 1 + random.nextInt(10); batch.size() < size;) {
                TradeStatistic statistic = all.get(random.nextInt(all.size()));
                if (statistic.value != null && statistic.period.isSpecified()) {
                    batch.add(statistic);
                }
            }
            assertEquals(sortedIds(inDatabase(() -> statistics.earlierInSeriesOf(batch))),
                    sortedIds(statistics.earlierInSeriesOf(batch)), "earlier in the series of " + ids(batch));
            if (i % 10 == 0) { // most figures share the synthetic source: a few thousand each time
                assertEquals(sortedIds(inDatabase(() -> statistics.relatedTo(batch))),
                        sortedIds(statistics.relatedTo(batch)), "related to " + ids(batch));
            }
        }
        for (Place place : places) {
            List<String> spellings = new ArrayList<>(List.of(place.code, " " + place.code.toUpperCase() + " ",
                    place.code.toLowerCase()));
            if (place.iso3 != null) {
                spellings.add(place.iso3.toLowerCase());
            }
            for (String code : spellings) {
                assertEquals(inDatabase(() -> Places.findByCode(code)).map(found -> found.code),
                        snapshot().place(code).map(found -> found.code), "the place named '" + code + "'");
            }
        }
        assertEquals(Optional.empty(), snapshot().place("no-such-place"));
        int periods = 0;
        for (Place reporter : places.stream().filter(place -> !snapshot().reportedBy(place.code).isEmpty()).toList()) {
            for (Indicator indicator : List.of(Indicator.TRADE_VALUE, Indicator.CROSS_BORDER_ECOMMERCE_VALUE)) {
                for (Flow flow : Flow.values()) {
                    Period latest = statistics.latestPartnerPeriod(reporter, indicator, flow);
                    Period latestInDatabase = inDatabase(() -> statistics.latestPartnerPeriod(reporter, indicator, flow));
                    assertEquals(latestInDatabase == null ? null : latestInDatabase.label,
                            latest == null ? null : latest.label, "latest period of " + reporter.code);
                    for (Period period : latest == null ? List.of(PeriodParser.parse("2022", "period"))
                            : List.of(latest, PeriodParser.parse("2022", "period"))) {
                        for (boolean worldTotals : new boolean[] { false, true }) {
                            assertEquals(ids(inDatabase(() -> statistics.resultsFor(reporter, indicator, flow, period,
                                    worldTotals))), ids(statistics.resultsFor(reporter, indicator, flow, period, worldTotals)),
                                    reporter.code + " " + indicator + " " + flow + " " + period.label);
                        }
                        assertEquals(ids(inDatabase(() -> statistics.mirrorResultsFor(reporter, indicator, flow, period))),
                                ids(statistics.mirrorResultsFor(reporter, indicator, flow, period)),
                                "mirror of " + reporter.code + " " + indicator + " " + flow + " " + period.label);
                    }
                    periods += latest == null ? 0 : 1;
                }
            }
        }
        assertTrue(periods >= 5, "only " + periods + " reporters with partner results");
    }

    @Test
    void aPageFromACurrentSnapshotRunsNoSql() {
        String partners = "{ partners(reporter: \"xinjiang\", period: \"2022\") { rank partner { name } value } }";
        org.hibernate.stat.Statistics counted = sessionFactory.getStatistics();
        counted.clear();
        GraphQL.post("""
                { statistics(first: 40) { totalCount edges { node { id value reporter { name parent { name } }
                  partner { name } citation { quote source { title } } growthFromPrevious { percentChange }
                  previousComparable { id } } } } }""")
                .body("errors", nullValue()).body("data.statistics.edges.size()", is(40));
        // checks over the bundled figures only: a synthetic figure's checks would weigh thousands of its kind
        GraphQL.post("""
                { statistics(filter: {indicators: [CUSTOMS_CLEARANCE_TIME, LAND_PORT_COUNT, AREA]}) {
                  edges { node { id consistency { kind } } } } }""")
                .body("errors", nullValue()).body("data.statistics.edges.size()", org.hamcrest.Matchers.greaterThan(0));
        GraphQL.post(partners).body("errors", nullValue());
        assertEquals(0, counted.getPrepareStatementCount(), "statements for reads from the snapshot");
    }

    @Test
    void aWriteIsSeenByTheNextReadAndThenByTheSnapshot() throws InterruptedException {
        String count = "{ statistics(filter: {reporter: \"khorgos\", period: \"2031\"}) { totalCount } }";
        GraphQL.post(count).body("data.statistics.totalCount", is(0));
        GraphQL.postAs(EDITOR, EDITOR_PASSWORD, "mutation($input: StatisticInput!) { recordStatistic(input: $input) { id } }",
                Map.of("input", Map.ofEntries(Map.entry("id", "snapshot-test-2031"), Map.entry("indicator", "TRADE_VALUE"),
                        Map.entry("description", "A test figure"), Map.entry("reporter", "khorgos"),
                        Map.entry("flow", "TOTAL"), Map.entry("period", "2031"), Map.entry("amount", "1.5 billion"),
                        Map.entry("unit", "CNY"), Map.entry("qualifier", "ABOUT"),
                        Map.entry("source", "kashgar-cashes-in-2023"), Map.entry("quote", "a test excerpt"))))
                .body("errors", nullValue());
        assertFalse(snapshots.isCurrent(), "the snapshot from before the write is not used");
        GraphQL.post(count).body("data.statistics.totalCount", is(1));
        awaitSnapshot();
        assertEquals(List.of("snapshot-test-2031"), ids(snapshot().reportedBy("khorgos").stream()
                .filter(statistic -> statistic.period.label.equals("2031")).toList()));
        assertTheGaugeShowsTheSnapshot();
        GraphQL.post(count).body("data.statistics.totalCount", is(1));
        GraphQL.postAs(EDITOR, EDITOR_PASSWORD,
                "mutation { retractStatistic(id: \"snapshot-test-2031\", reason: \"a test\") { id } }")
                .body("errors", nullValue());
        GraphQL.post(count).body("data.statistics.totalCount", is(0));
        awaitSnapshot();
        GraphQL.post(count).body("data.statistics.totalCount", is(0));
    }

    /**
     * The gauge names the current snapshot's size. Another write can make the snapshot stale between the two
     * readings, so a snapshot and a reading of the gauge are compared only while that snapshot is still current.
     */
    private void assertTheGaugeShowsTheSnapshot() throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            awaitSnapshot();
            Optional<FigureSnapshot> before = snapshots.current();
            int gauge = figuresInMemoryGauge();
            if (before.isPresent() && snapshots.current().equals(before)) {
                assertEquals(before.get().size(), gauge, "figures in memory, in /q/metrics");
                return;
            }
            assertTrue(System.nanoTime() < until, "the snapshot never stayed current for a reading of the gauge");
        }
    }

    private static int figuresInMemoryGauge() {
        String metrics = io.restassured.RestAssured.get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(line -> line.startsWith("caravan_figures_in_memory "))
                .map(line -> (int) Double.parseDouble(line.substring(line.indexOf(' ') + 1))).findFirst()
                .orElseThrow(() -> new AssertionError("no caravan_figures_in_memory in /q/metrics"));
    }

    private StatisticFilter randomFilter() {
        StatisticFilter filter = new StatisticFilter();
        if (random.nextInt(3) == 0) {
            filter.reporter = randomPlace();
            filter.includePlacesWithinReporter = randomBoolean();
        }
        if (random.nextInt(4) == 0) {
            filter.partner = randomPlace();
            filter.includeGroupMembers = randomBoolean();
        }
        if (random.nextInt(8) == 0) {
            filter.worldTotalOnly = randomBoolean();
        }
        if (random.nextInt(4) == 0) {
            List<Indicator> indicators = new ArrayList<>();
            for (int n = random.nextInt(3); n >= 0; n--) {
                indicators.add(Indicator.values()[random.nextInt(Indicator.values().length)]);
            }
            filter.indicators = indicators;
        }
        if (random.nextInt(4) == 0) {
            filter.flow = Flow.values()[random.nextInt(Flow.values().length)];
        }
        if (random.nextInt(4) == 0) {
            filter.reportedBy = ReportedBy.values()[random.nextInt(ReportedBy.values().length)];
        }
        if (random.nextInt(3) == 0) {
            List<String> periods = List.of("2022", "2023", "2023-H1", "2016", "2019-03", "2024-Q4", "2013", "2020");
            filter.period = periods.get(random.nextInt(periods.size()));
            if (random.nextInt(4) != 0) {
                filter.periodMatch = PeriodMatch.values()[random.nextInt(PeriodMatch.values().length)];
            }
        }
        if (random.nextInt(5) == 0) {
            filter.granularity = Granularity.values()[random.nextInt(Granularity.values().length)];
        }
        if (random.nextInt(5) == 0) {
            filter.source = sourceIds.get(random.nextInt(sourceIds.size()));
        }
        if (random.nextInt(5) == 0) {
            filter.includeForecasts = randomBoolean();
        }
        return filter;
    }

    private String randomPlace() {
        return places.get(random.nextInt(places.size())).code;
    }

    private Boolean randomBoolean() {
        return List.of(true, false).get(random.nextInt(2));
    }

    private static String describe(StatisticFilter filter) {
        return "reporter=" + filter.reporter + (Boolean.TRUE.equals(filter.includePlacesWithinReporter) ? "+within" : "")
                + " partner=" + filter.partner + (Boolean.FALSE.equals(filter.includeGroupMembers) ? "-members" : "")
                + " world=" + filter.worldTotalOnly + " indicators=" + filter.indicators + " flow=" + filter.flow
                + " reportedBy=" + filter.reportedBy + " period=" + filter.period + " periodMatch=" + filter.periodMatch
                + " granularity=" + filter.granularity + " source=" + filter.source
                + " forecasts=" + filter.includeForecasts;
    }

    private static List<String> ids(List<TradeStatistic> statistics) {
        return statistics.stream().map(statistic -> statistic.id).toList();
    }

    private static List<String> sortedIds(List<TradeStatistic> statistics) {
        return statistics.stream().map(statistic -> statistic.id).sorted().toList();
    }

    private static List<List<String>> byPlace(List<List<TradeStatistic>> perPlace) {
        return perPlace.stream().map(FigureSnapshotTest::ids).toList();
    }
}
