package org.caravan.trade.consistency;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

import org.caravan.place.Place;
import org.caravan.place.PlaceTree;
import org.caravan.trade.AmountFormat;
import org.caravan.trade.Flow;
import org.caravan.trade.MultipleWording;
import org.caravan.trade.Series;
import org.caravan.trade.TradeStatistic;
import org.caravan.trade.Unit;
import org.caravan.trade.growth.GrowthCalculator;

/**
 * Checks reported figures against each other, allowing for the rounding of every printed digit. Forecasts
 * are left out: they are not facts to check.
 */
public final class ConsistencyChecker {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final List<TradeStatistic> facts;

    public ConsistencyChecker(List<TradeStatistic> statistics) {
        this.facts = statistics.stream().filter(s -> s.value != null && !s.isForecast())
                .sorted(Comparator.comparing(s -> s.id)).toList();
    }

    public List<ConsistencyFinding> findings() {
        List<ConsistencyFinding> findings = new ArrayList<>();
        for (TradeStatistic statistic : facts) {
            reportedGrowth(statistic).ifPresent(findings::add);
            reportedMultiple(statistic).ifPresent(findings::add);
            partWithinWhole(statistic, findings);
        }
        partsAndTotals(findings);
        statedConversionRates(findings);
        return findings;
    }

    private Optional<ConsistencyFinding> reportedGrowth(TradeStatistic statistic) {
        if (statistic.reportedGrowthPercent == null || statistic.growthBase != null) {
            return Optional.empty();
        }
        return find(sameSeries(statistic).and(s -> s.period.label.equals(statistic.period.yearBefore().label)))
                .map(previous -> {
                    Interval computed = Interval.of(statistic).dividedBy(Interval.of(previous));
                    Interval reported = Interval.printed(statistic.reportedGrowthPrinted).times(new BigDecimal("0.01"))
                            .plus(BigDecimal.ONE);
                    boolean consistent = computed.overlaps(reported);
                    return new ConsistencyFinding(FindingKind.REPORTED_GROWTH,
                            consistent ? Verdict.CONSISTENT : Verdict.INCONSISTENT, List.of(previous, statistic),
                            "Reported growth of " + statistic.reportedGrowthPrinted + "% from " + previous.period.label
                                    + " to " + statistic.period.label + (consistent
                                            ? " agrees with the two figures within rounding."
                                            : " does not agree with the two figures, even allowing for rounding."),
                            describe(statistic) + " / " + describe(previous) + " lies in " + computed
                                    + "; 1 + " + statistic.reportedGrowthPrinted + "% lies in " + reported);
                });
    }

    private Optional<ConsistencyFinding> reportedMultiple(TradeStatistic statistic) {
        if (statistic.reportedMultiple == null) {
            return Optional.empty();
        }
        String baseLabel = statistic.growthBase != null ? statistic.growthBase : statistic.period.yearBefore().label;
        Interval multiple = Interval.printed(statistic.reportedMultiplePrinted);
        boolean twoReadings = statistic.multipleWording == MultipleWording.INCREASE_OF_TIMES;
        Optional<TradeStatistic> base = find(sameSeries(statistic).and(s -> s.period.label.equals(baseLabel)));
        if (base.isEmpty()) {
            if (!twoReadings) {
                return Optional.empty();
            }
            BigDecimal otherReading = statistic.reportedMultiple.add(BigDecimal.ONE);
            return Optional.of(new ConsistencyFinding(FindingKind.AMBIGUOUS_MULTIPLE, Verdict.AMBIGUOUS,
                    List.of(statistic),
                    "'An increase of " + statistic.reportedMultiplePrinted + " times' may mean "
                            + statistic.reportedMultiplePrinted + " times the base or "
                            + otherReading.toPlainString() + " times it; no figure for " + baseLabel
                            + " decides which.",
                    GrowthCalculator.impliedPreviousValue(statistic).arithmetic()));
        }
        TradeStatistic previous = base.get();
        Interval computed = Interval.of(statistic).dividedBy(Interval.of(previous));
        boolean asTimes = computed.overlaps(multiple);
        boolean asIncrease = twoReadings && computed.overlaps(multiple.plus(BigDecimal.ONE));
        boolean consistent = asTimes || asIncrease;
        String reading = asTimes ? "" : asIncrease ? " (read as an increase by that many times)" : "";
        return Optional.of(new ConsistencyFinding(FindingKind.REPORTED_MULTIPLE,
                consistent ? Verdict.CONSISTENT : Verdict.INCONSISTENT, List.of(previous, statistic),
                "Reported multiple of " + statistic.reportedMultiplePrinted + " against " + previous.period.label
                        + (consistent ? " agrees with the two figures within rounding" + reading + "."
                                : " does not agree with the two figures, even allowing for rounding."),
                describe(statistic) + " / " + describe(previous) + " lies in " + computed + "; "
                        + statistic.reportedMultiplePrinted + " lies in " + multiple));
    }

    private void partWithinWhole(TradeStatistic part, List<ConsistencyFinding> findings) {
        if (!part.unit.isMoney()) {
            return;
        }
        if (part.partner != null) {
            find(sameFigure(part).and(s -> s.reporter.code.equals(part.reporter.code) && s.partner == null))
                    .ifPresent(whole -> findings.add(partWithinWhole(part, whole,
                            "trade with " + part.partner.name, "trade with the world")));
        }
        for (Place inside : PlaceTree.ancestors(part.reporter)) {
            String wholeCode = inside.code;
            Optional<TradeStatistic> whole = find(sameFigure(part).and(s -> s.reporter.code.equals(wholeCode)
                    && Objects.equals(partnerCode(s), partnerCode(part))));
            if (whole.isPresent()) {
                findings.add(partWithinWhole(part, whole.get(), part.reporter.name, inside.name));
                return;
            }
        }
    }

    private ConsistencyFinding partWithinWhole(TradeStatistic part, TradeStatistic whole, String partName,
            String wholeName) {
        Interval partInterval = Interval.of(part);
        Interval wholeInterval = Interval.of(whole);
        boolean consistent = partInterval.canBeWithin(wholeInterval);
        return new ConsistencyFinding(FindingKind.PART_WITHIN_WHOLE,
                consistent ? Verdict.CONSISTENT : Verdict.INCONSISTENT, List.of(part, whole),
                "In " + part.period.label + ", " + partName + (consistent ? " is no larger than " : " exceeds ")
                        + wholeName + ".",
                describe(part) + " lies in " + partInterval + "; " + describe(whole) + " lies in " + wholeInterval);
    }

    private void partsAndTotals(List<ConsistencyFinding> findings) {
        for (TradeStatistic total : facts) {
            if (total.flow != Flow.TOTAL) {
                continue;
            }
            Predicate<TradeStatistic> sameParties = sameMeasure(total).and(sameParties(total));
            Optional<TradeStatistic> exports = find(sameParties.and(s -> s.flow == Flow.EXPORT));
            Optional<TradeStatistic> imports = find(sameParties.and(s -> s.flow == Flow.IMPORT));
            if (exports.isEmpty() || imports.isEmpty()) {
                continue;
            }
            Interval sum = Interval.of(exports.get()).plus(Interval.of(imports.get()));
            Interval stated = Interval.of(total);
            boolean consistent = sum.overlaps(stated);
            findings.add(new ConsistencyFinding(FindingKind.PARTS_AND_TOTAL,
                    consistent ? Verdict.CONSISTENT : Verdict.INCONSISTENT,
                    List.of(exports.get(), imports.get(), total),
                    "Exports plus imports " + (consistent ? "match" : "cannot add up to") + " the total of "
                            + describe(total) + " for " + total.period.label + ".",
                    describe(exports.get()) + " (EXPORT) + " + describe(imports.get()) + " (IMPORT) = "
                            + AmountFormat.format(exports.get().value.add(imports.get().value), total.unit)
                            + ", which lies in " + sum + "; the TOTAL " + describe(total) + " lies in " + stated));
        }
    }

    private void statedConversionRates(List<ConsistencyFinding> findings) {
        Map<String, List<TradeStatistic>> bySource = new LinkedHashMap<>();
        for (TradeStatistic statistic : facts) {
            if (statistic.statedConversion != null) {
                bySource.computeIfAbsent(statistic.citation.source.id, id -> new ArrayList<>()).add(statistic);
            }
        }
        bySource.forEach((sourceId, converted) -> {
            if (converted.size() < 2) {
                return;
            }
            Interval common = null;
            boolean consistent = true;
            StringBuilder arithmetic = new StringBuilder();
            for (TradeStatistic statistic : converted) {
                Interval rate = usdPerCny(statistic);
                arithmetic.append(arithmetic.isEmpty() ? "" : "; ").append(statistic.id).append(": USD per CNY in ")
                        .append(rate);
                common = common == null ? rate : common.intersection(rate);
                consistent &= !common.isEmpty();
            }
            findings.add(new ConsistencyFinding(FindingKind.STATED_CONVERSION_RATES,
                    consistent ? Verdict.CONSISTENT : Verdict.INCONSISTENT, converted,
                    "The " + converted.size() + " currency conversions stated in " + sourceId
                            + (consistent ? " use one exchange rate within rounding." : " imply different exchange rates."),
                    arithmetic.toString()));
        });
    }

    private static Interval usdPerCny(TradeStatistic statistic) {
        Interval original = Interval.rounded(statistic);
        var conversion = statistic.statedConversion;
        BigDecimal half = conversion.resolution.divide(BigDecimal.valueOf(2));
        Interval converted = new Interval(conversion.value.subtract(half), conversion.value.add(half));
        return statistic.unit == Unit.CNY ? converted.dividedBy(original) : original.dividedBy(converted);
    }

    private Optional<TradeStatistic> find(Predicate<TradeStatistic> predicate) {
        return facts.stream().filter(predicate).findFirst();
    }

    /** The other figures of the statistic's series. */
    private static Predicate<TradeStatistic> sameSeries(TradeStatistic statistic) {
        Series series = Series.of(statistic);
        return s -> s != statistic && series.contains(s);
    }

    /** Same indicator, unit and period: figures that can be added or nested. */
    private static Predicate<TradeStatistic> sameMeasure(TradeStatistic statistic) {
        return s -> s != statistic && s.indicator == statistic.indicator && s.unit == statistic.unit
                && s.period.isSpecified() && s.period.label.equals(statistic.period.label);
    }

    /** Same measure and the same flow. */
    private static Predicate<TradeStatistic> sameFigure(TradeStatistic statistic) {
        return sameMeasure(statistic).and(s -> s.flow == statistic.flow);
    }

    private static Predicate<TradeStatistic> sameParties(TradeStatistic statistic) {
        return s -> s.reporter.code.equals(statistic.reporter.code)
                && Objects.equals(partnerCode(s), partnerCode(statistic));
    }

    private static String partnerCode(TradeStatistic statistic) {
        return statistic.partner == null ? null : statistic.partner.code;
    }

    private static String describe(TradeStatistic statistic) {
        return AmountFormat.format(statistic.value, statistic.unit);
    }
}
