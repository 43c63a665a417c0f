package org.caravan.trade;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.caravan.paging.KeysetQuery;
import org.caravan.period.Granularity;
import org.caravan.period.Period;
import org.caravan.period.PeriodMatch;
import org.caravan.period.PeriodParser;
import org.caravan.place.Place;
import org.caravan.place.PlaceTree;
import org.caravan.source.Sources;

/**
 * A {@link StatisticFilter} checked and resolved once (places to codes, the period to dates), then either tested
 * against figures in memory ({@link #test}) or turned into a query ({@link #toQuery}): the two readings of one
 * filter sit side by side here, and {@code FigureSnapshotTest} holds them to the same answers.
 * Null fields match everything.
 */
record StatisticMatch(Set<String> reporterCodes, Set<String> partnerCodes, boolean worldTotalOnly,
        Set<Indicator> indicators, Flow flow, ReportedBy reportedBy, Period period, PeriodMatch periodMatch,
        Granularity granularity, String sourceId, boolean includeRetracted, boolean includeForecasts) {

    /** @param figures the snapshot the places' tree is read from, when there is one; else the database */
    static StatisticMatch of(StatisticFilter filter, Optional<FigureSnapshot> figures) {
        StatisticFilter given = filter == null ? new StatisticFilter() : filter;
        Set<String> reporters = null;
        if (given.reporter != null) {
            Place reporter = Statistics.placeFrom(figures, given.reporter, "filter.reporter");
            reporters = !Boolean.TRUE.equals(given.includePlacesWithinReporter) ? Set.of(reporter.code)
                    : new LinkedHashSet<>(figures.map(snapshot -> PlaceTree.codesWithin(reporter,
                            snapshot::codesDirectlyInside)).orElseGet(reporter::codesWithin));
        }
        Set<String> partners = null;
        if (given.partner != null) {
            Place partner = Statistics.placeFrom(figures, given.partner, "filter.partner");
            partners = new LinkedHashSet<>(Set.of(partner.code));
            if (!Boolean.FALSE.equals(given.includeGroupMembers)) {
                for (Place member : partner.members) {
                    partners.add(member.code);
                }
            }
        }
        Period period = given.period == null ? null : PeriodParser.parse(given.period, "filter.period");
        if (given.source != null) {
            Sources.require(given.source, "filter.source");
        }
        return new StatisticMatch(reporters, partners, Boolean.TRUE.equals(given.worldTotalOnly),
                given.indicators == null || given.indicators.isEmpty() ? null : EnumSet.copyOf(given.indicators),
                given.flow, given.reportedBy == null ? ReportedBy.REPORTER : given.reportedBy, period,
                given.periodMatch == null ? PeriodMatch.OVERLAPS : given.periodMatch, given.granularity,
                given.source, Boolean.TRUE.equals(given.includeRetracted),
                !Boolean.FALSE.equals(given.includeForecasts));
    }

    /** Whether the figure matches, with SQL's reading of missing values: a figure without a period matches none. */
    boolean test(TradeStatistic statistic) {
        return (indicators == null || indicators.contains(statistic.indicator))
                && (period == null || periodMatch.matches(statistic.period, period))
                && (granularity == null || statistic.period.granularity == granularity)
                && (sourceId == null || statistic.citation.source.id.equals(sourceId))
                && (includeRetracted || !statistic.retracted)
                && (includeForecasts || !statistic.qualifier.isForecast())
                && (reportedBy.readsReporterSide() && asReported(statistic)
                        || reportedBy.readsPartnerSide() && asMirror(statistic));
    }

    /** For a figure that matches: true when it matches only as the partner's mirror figure. */
    boolean isMirror(TradeStatistic statistic) {
        return !(reportedBy.readsReporterSide() && asReported(statistic));
    }

    boolean readsMirrors() {
        return reportedBy.readsPartnerSide();
    }

    private boolean asReported(TradeStatistic statistic) {
        return (reporterCodes == null || reporterCodes.contains(statistic.reporter.code))
                && (partnerCodes == null || statistic.partner != null && partnerCodes.contains(statistic.partner.code))
                && (!worldTotalOnly || statistic.partner == null)
                && (flow == null || statistic.flow == flow);
    }

    /** The partner's figure for the same flow: reporter and partner swapped, the flow seen from the other side. */
    private boolean asMirror(TradeStatistic statistic) {
        return statistic.partner != null && statistic.flow != null && !worldTotalOnly
                && (reporterCodes == null || reporterCodes.contains(statistic.partner.code))
                && (partnerCodes == null || partnerCodes.contains(statistic.reporter.code))
                && (flow == null || statistic.flow == flow.mirror());
    }

    /** How many restrictions the match sets besides leaving out retracted figures: 0 matches every figure in force. */
    int restrictions() {
        int set = 0;
        for (Object restriction : new Object[] {reporterCodes, partnerCodes, indicators, flow, period, granularity, sourceId}) {
            set += restriction == null ? 0 : 1;
        }
        return set + (worldTotalOnly ? 1 : 0) + (includeForecasts ? 0 : 1) + (readsMirrors() ? 1 : 0);
    }

    KeysetQuery toQuery() {
        KeysetQuery query = new KeysetQuery();
        Map<String, Object> sideParameters = new HashMap<>();
        List<String> reported = reportedBy.readsReporterSide() ? reportedClauses(sideParameters) : List.of();
        List<String> mirrored = reportedBy.readsPartnerSide() ? mirrorClauses(sideParameters) : List.of();
        if (reportedBy == ReportedBy.EITHER) {
            query.where("(" + all(reported) + " or " + all(mirrored) + ")", sideParameters);
        } else if (!reported.isEmpty() || !mirrored.isEmpty()) {
            query.where(all(reported.isEmpty() ? mirrored : reported), sideParameters);
        }
        if (indicators != null) {
            query.where("indicator in :indicators", "indicators", indicators);
        }
        if (period != null) {
            switch (periodMatch) {
                case EXACT -> query.where("period.start = :periodStart", "periodStart", period.start)
                        .where("period.end = :periodEnd", "periodEnd", period.end);
                case WITHIN -> query.where("period.start >= :periodStart", "periodStart", period.start)
                        .where("period.end <= :periodEnd", "periodEnd", period.end);
                case OVERLAPS -> query.where("period.start <= :periodEnd", "periodEnd", period.end)
                        .where("period.end >= :periodStart", "periodStart", period.start);
            }
        }
        if (granularity != null) {
            query.where("period.granularity = :granularity", "granularity", granularity);
        }
        if (sourceId != null) {
            query.where("citation.source.id = :source", "source", sourceId);
        }
        if (!includeRetracted) {
            query.where(Statistics.IN_FORCE);
        }
        if (!includeForecasts) {
            query.where("qualifier not in :forecasts", "forecasts", Qualifier.FORECASTS);
        }
        return query;
    }

    private static String all(List<String> clauses) {
        return clauses.isEmpty() ? "(1 = 1)" : "(" + String.join(" and ", clauses) + ")";
    }

    private List<String> reportedClauses(Map<String, Object> parameters) {
        List<String> clauses = new ArrayList<>();
        if (reporterCodes != null) {
            clauses.add("reporter.code in :reporters");
            parameters.put("reporters", reporterCodes);
        }
        if (partnerCodes != null) {
            clauses.add("partner.code in :partners");
            parameters.put("partners", partnerCodes);
        }
        if (worldTotalOnly) {
            clauses.add("partner is null");
        }
        if (flow != null) {
            clauses.add("flow = :flow");
            parameters.put("flow", flow);
        }
        return clauses;
    }

    private List<String> mirrorClauses(Map<String, Object> parameters) {
        List<String> clauses = new ArrayList<>(List.of("partner is not null", "flow is not null"));
        if (worldTotalOnly) {
            clauses.add("1 = 0");
        }
        if (reporterCodes != null) {
            clauses.add("partner.code in :reporters");
            parameters.put("reporters", reporterCodes);
        }
        if (partnerCodes != null) {
            clauses.add("reporter.code in :partners");
            parameters.put("partners", partnerCodes);
        }
        if (flow != null) {
            clauses.add("flow = :mirrorFlow");
            parameters.put("mirrorFlow", flow.mirror());
        }
        return clauses;
    }
}
