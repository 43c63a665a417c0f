package org.caravan.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.caravan.error.CaravanException;
import org.caravan.error.ErrorCode;
import org.caravan.period.Granularity;
import org.caravan.period.PeriodMatch;
import org.caravan.trade.Flow;
import org.caravan.trade.Indicator;
import org.caravan.trade.ReportedBy;
import org.caravan.trade.StatisticFilter;

import io.vertx.core.MultiMap;

/**
 * The query string of an export: the fields of the GraphQL StatisticFilter, by the same names
 * ({@code ?reporter=kashgar&indicator=TRADE_VALUE&period=2023}), with {@code indicator} repeatable. A parameter
 * Caravan does not know, or a value it cannot read, is refused rather than ignored: a silently dropped filter
 * would export the wrong figures.
 */
final class ExportParameters {

    private static final Set<String> KNOWN = Set.of("reporter", "includePlacesWithinReporter", "partner",
            "includeGroupMembers", "worldTotalOnly", "indicator", "flow", "reportedBy", "period", "periodMatch", "source",
            "includeRetracted",
            "includeForecasts", "granularity");

    private ExportParameters() {
    }

    static StatisticFilter read(MultiMap query) {
        for (String name : query.names()) {
            if (!KNOWN.contains(name)) {
                throw new CaravanException(ErrorCode.INVALID_INPUT, name, "Unknown parameter '" + name
                        + "'. Known: " + String.join(", ", KNOWN.stream().sorted().toList()) + ".");
            }
            if (!name.equals("indicator") && query.getAll(name).size() > 1) {
                throw new CaravanException(ErrorCode.INVALID_INPUT, name, "'" + name + "' is given more than once.");
            }
        }
        StatisticFilter filter = new StatisticFilter();
        filter.reporter = query.get("reporter");
        filter.partner = query.get("partner");
        filter.period = query.get("period");
        filter.source = query.get("source");
        filter.includePlacesWithinReporter = bool(query, "includePlacesWithinReporter");
        filter.includeGroupMembers = bool(query, "includeGroupMembers");
        filter.worldTotalOnly = bool(query, "worldTotalOnly");
        filter.includeRetracted = bool(query, "includeRetracted");
        filter.includeForecasts = bool(query, "includeForecasts");
        filter.granularity = constant(Granularity.class, query.get("granularity"), "granularity");
        filter.flow = constant(Flow.class, query.get("flow"), "flow");
        filter.reportedBy = constant(ReportedBy.class, query.get("reportedBy"), "reportedBy");
        filter.periodMatch = constant(PeriodMatch.class, query.get("periodMatch"), "periodMatch");
        if (query.contains("indicator")) {
            filter.indicators = new ArrayList<>();
            for (String indicator : query.getAll("indicator")) {
                filter.indicators.add(constant(Indicator.class, indicator, "indicator"));
            }
        }
        return filter;
    }

    private static Boolean bool(MultiMap query, String name) {
        String value = query.get(name);
        if (value == null) {
            return null;
        }
        if (!value.equals("true") && !value.equals("false")) {
            throw new CaravanException(ErrorCode.INVALID_INPUT, name, "'" + name + "' is true or false, not '" + value + "'.");
        }
        return Boolean.valueOf(value);
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String value, String name) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
            throw new CaravanException(ErrorCode.INVALID_INPUT, name,
                    "'" + value + "' is not a " + name + "; one of " + String.join(", ", allowed) + ".");
        }
    }
}
