package org.caravan.trade;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.jpa.HibernateHints;

import io.quarkus.hibernate.orm.panache.Panache;

import org.caravan.error.CaravanException;
import org.caravan.error.ErrorCode;
import org.caravan.paging.KeysetQuery;
import org.caravan.paging.PageRequest;
import org.caravan.paging.Slice;
import org.caravan.period.Period;
import org.caravan.period.PeriodParser;
import org.caravan.place.Place;
import org.caravan.place.Places;
import org.caravan.source.Source;
import org.caravan.source.Sources;

/**
 * The statistics store: every query on statistics is here, and "in force" (not retracted) is decided here once.
 * A {@link StatisticFilter} becomes one SQL query and a keyset page; the static methods serve the fields that
 * read statistics by reporter, partner, source or series.
 */
@ApplicationScoped
public class Statistics {

    static final int SCAN_PAGE_SIZE = 500;

    /** Figures in force: a retracted figure stays readable by id and in exports that ask for it, nowhere else. */
    private static final String IN_FORCE = "retracted = false";

    /** Figures that report a result: forecasts are not facts to rank or check. */
    private static final String RESULT = "value is not null and qualifier not in :forecasts";

    public static TradeStatistic require(String id, String argument) {
        TradeStatistic statistic = TradeStatistic.findById(id);
        if (statistic == null) {
            throw new CaravanException(ErrorCode.UNKNOWN_STATISTIC, argument, "No statistic has the id '" + id + "'.");
        }
        return statistic;
    }

    public static List<TradeStatistic> inForce() {
        return TradeStatistic.list(IN_FORCE);
    }

    /** Figures in force that share an indicator or a source with one of these: all a check involving them can need. */
    public static List<TradeStatistic> relatedTo(List<TradeStatistic> statistics) {
        return TradeStatistic.list(IN_FORCE + " and (indicator in ?1 or citation.source in ?2)",
                collect(statistics, statistic -> statistic.indicator),
                collect(statistics, statistic -> statistic.citation.source));
    }

    /** The figures in force of one article; kept in the query cache, as each figure of a page asks for its own. */
    public static List<TradeStatistic> fromSource(Source source) {
        return TradeStatistic.<TradeStatistic> find(IN_FORCE + " and citation.source = ?1", source)
                .withHint(HibernateHints.HINT_CACHEABLE, true).list();
    }

    /** For each place, the figures it reports, newest period first. */
    public static List<List<TradeStatistic>> reportedBy(List<Place> places) {
        List<TradeStatistic> all = TradeStatistic.list(IN_FORCE + " and reporter in ?1 order by sortDate desc, id", places);
        return perPlace(places, all, statistic -> statistic.reporter);
    }

    /** For each place, the figures that have it as partner, newest period first. */
    public static List<List<TradeStatistic>> withPartner(List<Place> places) {
        List<TradeStatistic> all = TradeStatistic.list(IN_FORCE + " and partner in ?1 order by sortDate desc, id", places);
        return perPlace(places, all, statistic -> statistic.partner);
    }

    /**
     * Earlier figures, in force and with a value, that may belong to the series of any of {@code dated} (the
     * same reporter, partner, indicator, unit and granularity, ending before the latest of them starts).
     */
    public static List<TradeStatistic> earlierInSeriesOf(List<TradeStatistic> dated) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("reporters", collect(dated, statistic -> statistic.reporter));
        parameters.put("indicators", collect(dated, statistic -> statistic.indicator));
        parameters.put("units", collect(dated, statistic -> statistic.unit));
        parameters.put("granularities", collect(dated, statistic -> statistic.period.granularity));
        parameters.put("latestStart", dated.stream().map(statistic -> statistic.period.start)
                .max(Comparator.naturalOrder()).orElseThrow());
        String query = IN_FORCE + " and reporter in :reporters and indicator in :indicators and unit in :units"
                + " and period.granularity in :granularities and value is not null and period.end < :latestStart";
        Set<Place> partners = collect(dated, statistic -> statistic.partner);
        boolean worldTotals = partners.remove(null);
        if (!partners.isEmpty()) {
            parameters.put("partners", partners);
        }
        query += partners.isEmpty() ? " and partner is null"
                : worldTotals ? " and (partner in :partners or partner is null)" : " and partner in :partners";
        return TradeStatistic.list(query, parameters);
    }

    /** The latest period for which a reporter has results broken down by partner, or null. */
    public static Period latestPartnerPeriod(Place reporter, Indicator indicator, Flow flow) {
        return TradeStatistic.<TradeStatistic> find(IN_FORCE + " and " + RESULT + " and reporter = :reporter"
                + " and indicator = :indicator and flow = :flow and partner is not null order by period.end desc, id",
                Map.of("reporter", reporter, "indicator", indicator, "flow", flow, "forecasts", Qualifier.FORECASTS))
                .firstResultOptional().map(statistic -> statistic.period).orElse(null);
    }

    /** A reporter's results for exactly one period: with partners ({@code worldTotals} false) or with the world. */
    public static List<TradeStatistic> resultsFor(Place reporter, Indicator indicator, Flow flow, Period period,
            boolean worldTotals) {
        return TradeStatistic.list(IN_FORCE + " and " + RESULT + " and reporter = :reporter and indicator = :indicator"
                + " and flow = :flow and period.start = :start and period.end = :end and partner is "
                + (worldTotals ? "null" : "not null") + " order by id",
                Map.of("reporter", reporter, "indicator", indicator, "flow", flow, "forecasts", Qualifier.FORECASTS,
                        "start", period.start, "end", period.end));
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
        KeysetQuery query = toQuery(filter == null ? new StatisticFilter() : filter);
        int totalCount = query.count("TradeStatistic");
        List<TradeStatistic> rows = pageOf(query, page, page.first() + 1);
        Slice<TradeStatisticEdge> slice = Slice.of(rows, page, row -> PageRequest.cursor(row.sortDate, row.id),
                TradeStatisticEdge::new);
        return new TradeStatisticConnection(slice.edges(), slice.pageInfo(), totalCount);
    }

    /**
     * Every statistic the filter matches, newest first, handed over {@value #SCAN_PAGE_SIZE} at a time, for the
     * downloads. The filter is checked before the first page is read; the session is cleared after each page, so
     * memory stays flat however many match.
     */
    public void forEachPage(StatisticFilter filter, Consumer<List<TradeStatistic>> consumer) {
        KeysetQuery query = toQuery(filter == null ? new StatisticFilter() : filter);
        PageRequest page = new PageRequest(SCAN_PAGE_SIZE, null, null);
        while (true) {
            List<TradeStatistic> rows = pageOf(query, page, SCAN_PAGE_SIZE);
            if (!rows.isEmpty()) {
                consumer.accept(rows);
            }
            if (rows.size() < SCAN_PAGE_SIZE) {
                return;
            }
            TradeStatistic last = rows.get(rows.size() - 1);
            page = new PageRequest(SCAN_PAGE_SIZE, last.sortDate, last.id);
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

    private KeysetQuery toQuery(StatisticFilter filter) {
        KeysetQuery query = new KeysetQuery();
        if (filter.reporter != null) {
            Place reporter = Places.require(filter.reporter, "filter.reporter");
            if (Boolean.TRUE.equals(filter.includePlacesWithinReporter)) {
                query.where("reporter.code in :reporters", "reporters", reporter.codesWithin());
            } else {
                query.where("reporter = :reporter", "reporter", reporter);
            }
        }
        if (filter.partner != null) {
            Place partner = Places.require(filter.partner, "filter.partner");
            List<String> codes = new ArrayList<>(List.of(partner.code));
            if (!Boolean.FALSE.equals(filter.includeGroupMembers)) {
                partner.members.forEach(member -> codes.add(member.code));
            }
            query.where("partner.code in :partners", "partners", codes);
        }
        if (Boolean.TRUE.equals(filter.worldTotalOnly)) {
            query.where("partner is null");
        }
        if (filter.indicators != null && !filter.indicators.isEmpty()) {
            query.where("indicator in :indicators", "indicators", filter.indicators);
        }
        if (filter.flow != null) {
            query.where("flow = :flow", "flow", filter.flow);
        }
        if (filter.period != null) {
            Period period = PeriodParser.parse(filter.period, "filter.period");
            query.where("period.start <= :periodEnd", "periodEnd", period.end);
            query.where("period.end >= :periodStart", "periodStart", period.start);
        }
        if (filter.granularity != null) {
            query.where("period.granularity = :granularity", "granularity", filter.granularity);
        }
        if (filter.source != null) {
            Sources.require(filter.source, "filter.source");
            query.where("citation.source.id = :source", "source", filter.source);
        }
        if (!Boolean.TRUE.equals(filter.includeRetracted)) {
            query.where(IN_FORCE);
        }
        if (Boolean.FALSE.equals(filter.includeForecasts)) {
            query.where("qualifier not in :forecasts", "forecasts", Qualifier.FORECASTS);
        }
        return query;
    }
}
