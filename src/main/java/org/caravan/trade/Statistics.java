package org.caravan.trade;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.jpa.HibernateHints;

import io.quarkus.hibernate.orm.panache.Panache;

import org.caravan.error.CaravanException;
import org.caravan.error.ErrorCode;
import org.caravan.paging.KeysetQuery;
import org.caravan.paging.PageRequest;
import org.caravan.paging.Slice;
import org.caravan.period.Granularity;
import org.caravan.period.Period;
import org.caravan.place.Place;
import org.caravan.place.Places;
import org.caravan.source.Source;

/**
 * The statistics store: every query on statistics is here, and "in force" (not retracted) is decided here once.
 * Reads outside a write are answered from the {@link FigureSnapshot} of the figures in force when one is current,
 * from the database otherwise: each method holds both readings side by side, and {@code FigureSnapshotTest} holds
 * them to the same answers. A {@link StatisticFilter} becomes a {@link StatisticMatch}, read either way.
 */
@ApplicationScoped
public class Statistics {

    static final int SCAN_PAGE_SIZE = 500;

    /** Figures in force: a retracted figure stays readable by id and in exports that ask for it, nowhere else. */
    static final String IN_FORCE = "retracted = false";

    /** Figures that report a result: forecasts are not facts to rank or check. */
    private static final String RESULT = "value is not null and qualifier not in :forecasts";

    @Inject
    FigureSnapshots snapshots;

    public static TradeStatistic require(String id, String argument) {
        TradeStatistic statistic = TradeStatistic.findById(id);
        if (statistic == null) {
            throw new CaravanException(ErrorCode.UNKNOWN_STATISTIC, argument, "No statistic has the id '" + id + "'.");
        }
        return statistic;
    }

    /** The place a client names by code, from the figures in memory when they are current: as {@link Places#require}. */
    public Place requirePlace(String code, String argument) {
        return placeFrom(snapshots.current(), code, argument);
    }

    static Place placeFrom(Optional<FigureSnapshot> figures, String code, String argument) {
        return figures.flatMap(snapshot -> snapshot.place(code)).orElseGet(() -> Places.require(code, argument));
    }

    public List<TradeStatistic> inForce() {
        return snapshots.current().map(FigureSnapshot::all).orElseGet(() -> TradeStatistic.list(IN_FORCE));
    }

    /** Figures in force that share an indicator or a source with one of these: all a check involving them can need. */
    public List<TradeStatistic> relatedTo(List<TradeStatistic> statistics) {
        Set<Indicator> indicators = collect(statistics, statistic -> statistic.indicator);
        Set<String> sources = collect(statistics, statistic -> statistic.citation.source.id);
        return snapshots.current().map(figures -> figures.all().stream().filter(statistic -> indicators
                .contains(statistic.indicator) || sources.contains(statistic.citation.source.id)).toList())
                .orElseGet(() -> TradeStatistic.list(IN_FORCE + " and (indicator in ?1 or citation.source.id in ?2)",
                        indicators, sources));
    }

    /** The figures in force of one article; kept in the query cache, as each figure of a page asks for its own. */
    public List<TradeStatistic> fromSource(Source source) {
        return snapshots.current().map(figures -> figures.fromSource(source.id))
                .orElseGet(() -> TradeStatistic.<TradeStatistic> find(IN_FORCE + " and citation.source = ?1", source)
                        .withHint(HibernateHints.HINT_CACHEABLE, true).list());
    }

    /** For each place, the figures it reports, newest period first. */
    public List<List<TradeStatistic>> reportedBy(List<Place> places) {
        Optional<FigureSnapshot> figures = snapshots.current();
        if (figures.isPresent()) {
            return places.stream().map(place -> figures.get().reportedBy(place.code)).toList();
        }
        List<TradeStatistic> all = TradeStatistic.list(IN_FORCE + " and reporter in ?1 order by sortDate desc, id", places);
        return perPlace(places, all, statistic -> statistic.reporter);
    }

    /** For each place, the figures that have it as partner, newest period first. */
    public List<List<TradeStatistic>> withPartner(List<Place> places) {
        Optional<FigureSnapshot> figures = snapshots.current();
        if (figures.isPresent()) {
            return places.stream().map(place -> figures.get().withPartner(place.code)).toList();
        }
        List<TradeStatistic> all = TradeStatistic.list(IN_FORCE + " and partner in ?1 order by sortDate desc, id", places);
        return perPlace(places, all, statistic -> statistic.partner);
    }

    /**
     * Earlier figures, in force and with a value, that may belong to the series of any of {@code dated} (the
     * same reporter, partner, indicator, unit and granularity, ending before the latest of them starts).
     */
    public List<TradeStatistic> earlierInSeriesOf(List<TradeStatistic> dated) {
        Set<String> reporters = collect(dated, statistic -> statistic.reporter.code);
        Set<Indicator> indicators = collect(dated, statistic -> statistic.indicator);
        Set<Unit> units = collect(dated, statistic -> statistic.unit);
        Set<Granularity> granularities = collect(dated, statistic -> statistic.period.granularity);
        Set<String> partners = collect(dated, Statistics::partnerCode); // null: totals with the world
        LocalDate latestStart = dated.stream().map(statistic -> statistic.period.start)
                .max(Comparator.naturalOrder()).orElseThrow();
        Optional<FigureSnapshot> figures = snapshots.current();
        if (figures.isPresent()) {
            // the figures of every series the query below reads (any flow), or the reporters' when they are fewer
            long series = (long) reporters.size() * partners.size() * indicators.size() * Flow.values().length
                    * units.size() * granularities.size();
            long reported = reporters.stream().mapToLong(reporter -> figures.get().reportedBy(reporter).size()).sum();
            return (series <= reported
                    ? everySeries(reporters, partners, indicators, units, granularities).flatMap(
                            each -> figures.get().inSeries(each).stream())
                    : reporters.stream().flatMap(reporter -> figures.get().reportedBy(reporter).stream()))
                    .filter(statistic -> indicators.contains(statistic.indicator) && units.contains(statistic.unit)
                            && granularities.contains(statistic.period.granularity) && statistic.value != null
                            && statistic.period.end != null && statistic.period.end.isBefore(latestStart)
                            && partners.contains(partnerCode(statistic)))
                    .toList();
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("reporters", reporters);
        parameters.put("indicators", indicators);
        parameters.put("units", units);
        parameters.put("granularities", granularities);
        parameters.put("latestStart", latestStart);
        String query = IN_FORCE + " and reporter.code in :reporters and indicator in :indicators and unit in :units"
                + " and period.granularity in :granularities and value is not null and period.end < :latestStart";
        Set<String> partnerCodes = new HashSet<>(partners);
        boolean worldTotals = partnerCodes.remove(null);
        if (!partnerCodes.isEmpty()) {
            parameters.put("partners", partnerCodes);
        }
        query += partnerCodes.isEmpty() ? " and partner is null"
                : worldTotals ? " and (partner.code in :partners or partner is null)" : " and partner.code in :partners";
        return TradeStatistic.list(query, parameters);
    }

    private static Stream<Series> everySeries(Set<String> reporters, Set<String> partners, Set<Indicator> indicators,
            Set<Unit> units, Set<Granularity> granularities) {
        return reporters.stream().flatMap(reporter -> partners.stream().flatMap(partner -> indicators.stream()
                .flatMap(indicator -> Stream.of(Flow.values()).flatMap(flow -> units.stream()
                        .flatMap(unit -> granularities.stream()
                                .map(granularity -> new Series(reporter, partner, indicator, flow, unit, granularity)))))));
    }

    /** The latest period for which a reporter has results broken down by partner, or null. */
    public Period latestPartnerPeriod(Place reporter, Indicator indicator, Flow flow) {
        Optional<FigureSnapshot> figures = snapshots.current();
        if (figures.isPresent()) {
            Predicate<TradeStatistic> partnerResult = statistic -> isResult(statistic) && statistic.indicator == indicator
                    && statistic.flow == flow && statistic.partner != null;
            List<TradeStatistic> newestFirst = figures.get().reportedBy(reporter.code);
            // newest first is by end date, then id: the first dated match is the latest dated one; undated figures
            // (a period without a start or an end) come last, and one of them may still end later
            List<TradeStatistic> candidates = new ArrayList<>();
            newestFirst.stream().filter(statistic -> statistic.period.isSpecified() && partnerResult.test(statistic))
                    .findFirst().ifPresent(candidates::add);
            for (int i = newestFirst.size() - 1; i >= 0 && newestFirst.get(i).sortDate.equals(KeysetQuery.UNDATED); i--) {
                if (partnerResult.test(newestFirst.get(i))) {
                    candidates.add(newestFirst.get(i));
                }
            }
            // the latest end first, then the lowest id; no end sorts last, as on H2
            return candidates.stream().max(Comparator.comparing((TradeStatistic statistic) -> statistic.period.end,
                            Comparator.nullsFirst(Comparator.naturalOrder()))
                            .thenComparing(statistic -> statistic.id, Comparator.reverseOrder()))
                    .map(statistic -> statistic.period).orElse(null);
        }
        return TradeStatistic.<TradeStatistic> find(IN_FORCE + " and " + RESULT + " and reporter = :reporter"
                + " and indicator = :indicator and flow = :flow and partner is not null order by period.end desc, id",
                Map.of("reporter", reporter, "indicator", indicator, "flow", flow, "forecasts", Qualifier.FORECASTS))
                .firstResultOptional().map(statistic -> statistic.period).orElse(null);
    }

    /** A reporter's results for exactly one period: with partners ({@code worldTotals} false) or with the world. */
    public List<TradeStatistic> resultsFor(Place reporter, Indicator indicator, Flow flow, Period period,
            boolean worldTotals) {
        Optional<FigureSnapshot> figures = snapshots.current();
        if (figures.isPresent()) {
            if (!period.isSpecified()) {
                return List.of();
            }
            return figures.get().reportedFor(reporter.code, period.start, period.end).stream()
                    .filter(statistic -> isResult(statistic) && statistic.indicator == indicator
                            && statistic.flow == flow && (statistic.partner == null) == worldTotals)
                    .sorted(Comparator.comparing(statistic -> statistic.id)).toList();
        }
        return TradeStatistic.list(IN_FORCE + " and " + RESULT + " and reporter = :reporter and indicator = :indicator"
                + " and flow = :flow and period.start = :start and period.end = :end and partner is "
                + (worldTotals ? "null" : "not null") + " order by id",
                Map.of("reporter", reporter, "indicator", indicator, "flow", flow, "forecasts", Qualifier.FORECASTS,
                        "start", period.start, "end", period.end));
    }

    /**
     * The mirror of a reporter's partner results for exactly one period: what its partners reported about their trade
     * with it, the flow seen from their side (the reporter's imports are their exports).
     */
    public List<TradeStatistic> mirrorResultsFor(Place reporter, Indicator indicator, Flow flow, Period period) {
        Optional<FigureSnapshot> figures = snapshots.current();
        if (figures.isPresent()) {
            return figures.get().withPartner(reporter.code).stream()
                    .filter(statistic -> isResult(statistic) && statistic.indicator == indicator
                            && statistic.flow == flow.mirror() && statistic.period.isSpecified()
                            && statistic.period.start.equals(period.start) && statistic.period.end.equals(period.end))
                    .sorted(Comparator.comparing(statistic -> statistic.id)).toList();
        }
        if (!period.isSpecified()) {
            return List.of();
        }
        return TradeStatistic.list(IN_FORCE + " and " + RESULT + " and partner = :reporter and indicator = :indicator"
                + " and flow = :flow and period.start = :start and period.end = :end order by id",
                Map.of("reporter", reporter, "indicator", indicator, "flow", flow.mirror(), "forecasts",
                        Qualifier.FORECASTS, "start", period.start, "end", period.end));
    }

    private static boolean isResult(TradeStatistic statistic) {
        return statistic.value != null && !statistic.qualifier.isForecast();
    }

    private static String partnerCode(TradeStatistic statistic) {
        return statistic.partner == null ? null : statistic.partner.code;
    }

    private static <T> Set<T> collect(List<TradeStatistic> statistics, Function<TradeStatistic, T> property) {
        Set<T> values = new HashSet<>();
        statistics.forEach(statistic -> values.add(property.apply(statistic)));
        return values;
    }

    private static List<List<TradeStatistic>> perPlace(List<Place> places, List<TradeStatistic> all,
            Function<TradeStatistic, Place> place) {
        Map<String, List<TradeStatistic>> byCode = all.stream()
                .collect(Collectors.groupingBy(statistic -> place.apply(statistic).code));
        return places.stream().map(p -> byCode.getOrDefault(p.code, List.of())).toList();
    }

    public TradeStatisticConnection search(StatisticFilter filter, PageRequest page) {
        Optional<FigureSnapshot> figures = snapshots.current();
        StatisticMatch match = StatisticMatch.of(filter, figures);
        FigureSnapshot.Found found = figures.isPresent() && !match.includeRetracted()
                ? figures.get().search(match, page, page.size() + 1) : searchDatabase(match, page);
        Slice<TradeStatisticEdge> slice = Slice.of(found.rows(), page, row -> PageRequest.cursor(row.sortDate, row.id),
                (cursor, row) -> new TradeStatisticEdge(cursor, row, match.isMirror(row)));
        return new TradeStatisticConnection(slice.edges(), slice.pageInfo(), found.counter());
    }

    FigureSnapshot.Found searchDatabase(StatisticMatch match, PageRequest page) {
        KeysetQuery query = match.toQuery();
        int totalCount = query.count("TradeStatistic");
        return new FigureSnapshot.Found(pageOf(query, page, page.size() + 1), () -> totalCount);
    }

    /**
     * Every statistic the filter matches, newest first, handed over {@value #SCAN_PAGE_SIZE} at a time, for the
     * downloads. The filter is checked before the first page is read; the session is cleared after each page, so
     * memory stays flat however many match.
     */
    public void forEachPage(StatisticFilter filter, Consumer<List<TradeStatistic>> consumer) {
        KeysetQuery query = StatisticMatch.of(filter, Optional.empty()).toQuery();
        PageRequest page = new PageRequest(SCAN_PAGE_SIZE, null, null, false);
        while (true) {
            List<TradeStatistic> rows = pageOf(query, page, SCAN_PAGE_SIZE);
            if (!rows.isEmpty()) {
                consumer.accept(rows);
            }
            if (rows.size() < SCAN_PAGE_SIZE) {
                return;
            }
            TradeStatistic last = rows.get(rows.size() - 1);
            page = PageRequest.after(SCAN_PAGE_SIZE, last.sortDate, last.id);
            Panache.getEntityManager().clear();
        }
    }

    /**
     * The figures of one page, in one query; the places and sources they name come from Hibernate's cache of
     * entities (a place or source changes only through an edit, which updates the cache).
     */
    private static List<TradeStatistic> pageOf(KeysetQuery query, PageRequest page, int rows) {
        return TradeStatistic.<TradeStatistic> find(query.page(page), query.parameters()).range(0, rows - 1).list();
    }
}
