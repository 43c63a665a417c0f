package org.caravan.trade;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;

import org.caravan.paging.PageRequest;
import org.caravan.place.Place;

/**
 * The figures in force at one moment, with the places and sources they name, detached from any session and never
 * changed: readers on every thread share it without locks. Ordered newest first like every list of figures
 * (sort date descending, then id), and indexed by the keys the read paths ask by: reporter, partner, source, series,
 * and reporter with period (a partner ranking's figures).
 * {@link FigureSnapshots} publishes a new one after each change; {@link Statistics} decides when to use it.
 */
final class FigureSnapshot {

    /**
     * The order of every list, compared in Java rather than by the database: the cursors of a page are compared in
     * Java too, so the two always agree (they agree with the database as well where ids collate by code point, as on
     * H2 and on PostgreSQL databases created with the C collation).
     */
    static final Comparator<TradeStatistic> NEWEST_FIRST = Comparator
            .comparing((TradeStatistic statistic) -> statistic.sortDate).reversed()
            .thenComparing(statistic -> statistic.id);

    private final List<TradeStatistic> newestFirst;
    private final Map<String, List<TradeStatistic>> byReporter;
    private final Map<String, List<TradeStatistic>> byPartner;
    private final Map<String, List<TradeStatistic>> bySource;
    private final Map<Series, List<TradeStatistic>> bySeries;
    private final Map<ReporterPeriod, List<TradeStatistic>> byReporterPeriod;
    private final Map<String, List<String>> placesDirectlyInside;
    private final Map<String, Place> placesByCode;
    private final Map<String, Place> placesByLowerCaseCode;
    private final Map<String, Place> placesByIso3;

    /** One reporter's figures for exactly one period. */
    private record ReporterPeriod(String reporter, LocalDate start, LocalDate end) {
    }

    /** A page of matches (up to the rows asked for) and how many match in all, counted when asked. */
    record Found(List<TradeStatistic> rows, IntSupplier counter) {

        int totalCount() {
            return counter.getAsInt();
        }
    }

    /** @param places every place, retracted or not, as the place tree holds them */
    FigureSnapshot(List<Place> places, List<TradeStatistic> inForce) {
        placesDirectlyInside = Map.copyOf(places.stream().filter(place -> place.parent != null).collect(
                Collectors.groupingBy(place -> place.parent.code, Collectors.mapping(place -> place.code, Collectors.toList()))));
        placesByCode = places.stream().collect(Collectors.toUnmodifiableMap(place -> place.code, place -> place));
        placesByLowerCaseCode = places.stream().collect(Collectors.toUnmodifiableMap(
                place -> place.code.toLowerCase(Locale.ROOT), place -> place, (one, other) -> one));
        placesByIso3 = places.stream().filter(place -> place.iso3 != null).collect(Collectors.toUnmodifiableMap(
                place -> place.iso3.toUpperCase(Locale.ROOT), place -> place, (one, other) -> one));
        newestFirst = inForce.stream().sorted(NEWEST_FIRST).toList();
        byReporter = index(statistic -> statistic.reporter.code);
        byPartner = index(statistic -> statistic.partner == null ? null : statistic.partner.code);
        bySource = index(statistic -> statistic.citation.source.id);
        bySeries = index(Series::of);
        byReporterPeriod = index(statistic -> statistic.period.isSpecified() ? new ReporterPeriod(statistic.reporter.code,
                statistic.period.start, statistic.period.end) : null);
    }

    /** Lists newest first by key; a figure whose key is null is left out. */
    private <K> Map<K, List<TradeStatistic>> index(Function<TradeStatistic, K> key) {
        Map<K, List<TradeStatistic>> index = new HashMap<>();
        for (TradeStatistic statistic : newestFirst) {
            K code = key.apply(statistic);
            if (code != null) {
                index.computeIfAbsent(code, any -> new ArrayList<>()).add(statistic);
            }
        }
        index.replaceAll((code, statistics) -> List.copyOf(statistics));
        return Map.copyOf(index);
    }

    int size() {
        return newestFirst.size();
    }

    List<TradeStatistic> all() {
        return newestFirst;
    }

    List<TradeStatistic> reportedBy(String placeCode) {
        return byReporter.getOrDefault(placeCode, List.of());
    }

    List<TradeStatistic> withPartner(String placeCode) {
        return byPartner.getOrDefault(placeCode, List.of());
    }

    List<TradeStatistic> fromSource(String sourceId) {
        return bySource.getOrDefault(sourceId, List.of());
    }

    List<TradeStatistic> inSeries(Series series) {
        return bySeries.getOrDefault(series, List.of());
    }

    /** A reporter's figures for exactly the period from {@code start} to {@code end}. */
    List<TradeStatistic> reportedFor(String placeCode, LocalDate start, LocalDate end) {
        return byReporterPeriod.getOrDefault(new ReporterPeriod(placeCode, start, end), List.of());
    }

    /** The place a client names by this code, as {@code Places.findByCode} finds it: the code, any case, or ISO alpha-3. */
    Optional<Place> place(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        String trimmed = code.trim();
        Place place = placesByCode.get(trimmed);
        if (place == null) {
            place = placesByLowerCaseCode.get(trimmed.toLowerCase(Locale.ROOT));
        }
        if (place == null) {
            place = placesByIso3.get(trimmed.toUpperCase(Locale.ROOT));
        }
        return Optional.ofNullable(place);
    }

    /** The codes of the places directly inside any of these, as {@code Places.codesDirectlyInside} reads them. */
    List<String> codesDirectlyInside(List<String> placeCodes) {
        return placeCodes.stream().flatMap(code -> placesDirectlyInside.getOrDefault(code, List.of()).stream()).toList();
    }

    /**
     * The first {@code rows} matches after the page's cursor (before it, nearest first, for a backward page), and the
     * number of all matches. The page costs what it reads from the cursor on, found by binary search, however many
     * figures there are; the count, only when a client asks for it, costs a pass over the candidates unless they are
     * exactly the matches.
     */
    Found search(StatisticMatch match, PageRequest page, int rows) {
        List<TradeStatistic> candidates = candidatesFor(match);
        List<TradeStatistic> found = new ArrayList<>(rows);
        if (page.backward()) {
            int end = page.hasCursor()
                    ? firstWhere(candidates, s -> !page.isBeforeCursor(s.sortDate, s.id)) : candidates.size();
            for (int i = end - 1; i >= 0 && found.size() < rows; i--) {
                if (match.test(candidates.get(i))) {
                    found.add(candidates.get(i));
                }
            }
        } else {
            int start = page.hasCursor() ? firstWhere(candidates, s -> page.isAfterCursor(s.sortDate, s.id)) : 0;
            for (int i = start; i < candidates.size() && found.size() < rows; i++) {
                if (match.test(candidates.get(i))) {
                    found.add(candidates.get(i));
                }
            }
        }
        boolean allMatch = match.restrictions() == 0 || match.restrictions() == 1 && candidates != newestFirst;
        return new Found(found, allMatch ? candidates::size : () -> count(candidates, match));
    }

    private static int count(List<TradeStatistic> candidates, StatisticMatch match) {
        int count = 0;
        for (TradeStatistic statistic : candidates) {
            count += match.test(statistic) ? 1 : 0;
        }
        return count;
    }

    /**
     * The index of the first figure of a list ordered newest first for which {@code holds} is true, when it is false
     * for a first part of the list and true for the rest (as "after the cursor" is): a binary search.
     */
    private static int firstWhere(List<TradeStatistic> newestFirst, Predicate<TradeStatistic> holds) {
        int low = 0;
        int high = newestFirst.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (holds.test(newestFirst.get(middle))) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }

    /**
     * The shortest list sure to hold every match: one reporter's, one source's, one partner's, or all figures; when
     * it is not all figures, a match with that one restriction only matches it whole.
     */
    private List<TradeStatistic> candidatesFor(StatisticMatch match) {
        if (match.readsMirrors()) {
            // A mirror figure is indexed under the other place: only the source narrows both sides at once.
            return match.sourceId() != null ? fromSource(match.sourceId()) : newestFirst;
        }
        if (match.reporterCodes() != null && match.reporterCodes().size() == 1) {
            return reportedBy(match.reporterCodes().iterator().next());
        }
        if (match.sourceId() != null) {
            return fromSource(match.sourceId());
        }
        if (match.partnerCodes() != null && match.partnerCodes().size() == 1) {
            return withPartner(match.partnerCodes().iterator().next());
        }
        return newestFirst;
    }
}
