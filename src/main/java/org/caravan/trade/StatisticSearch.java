package org.caravan.trade;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.Panache;

import org.caravan.paging.KeysetQuery;
import org.caravan.paging.PageRequest;
import org.caravan.paging.Slice;
import org.caravan.period.Period;
import org.caravan.period.PeriodParser;
import org.caravan.place.Place;
import org.caravan.place.Places;
import org.caravan.source.Sources;

/** Turns a {@link StatisticFilter} into one SQL query and a keyset page. */
@ApplicationScoped
public class StatisticSearch {

    static final int SCAN_PAGE_SIZE = 500;

    public TradeStatisticConnection search(StatisticFilter filter, PageRequest page) {
        KeysetQuery query = toQuery(filter == null ? new StatisticFilter() : filter);
        int totalCount = (int) TradeStatistic.count(query.filter(), query.parameters());
        List<TradeStatistic> rows = TradeStatistic.<TradeStatistic> find(query.page(page), query.parameters())
                .range(0, page.first()).list();
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
            List<TradeStatistic> rows = TradeStatistic.<TradeStatistic> find(query.page(page), query.parameters())
                    .range(0, SCAN_PAGE_SIZE - 1).list();
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
            query.where("retracted = false");
        }
        if (Boolean.FALSE.equals(filter.includeForecasts)) {
            query.where("qualifier not in :forecasts", "forecasts",
                    List.of(Qualifier.EXPECTED, Qualifier.EXPECTED_TO_EXCEED));
        }
        return query;
    }
}
