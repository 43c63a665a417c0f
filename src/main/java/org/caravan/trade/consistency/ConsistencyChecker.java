package org.caravan.trade.consistency;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
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
import org.caravan.trade.growth.DerivedAmount;
import org.caravan.trade.growth.GrowthCalculator;

/**
 * Checks reported figures against each other, allowing for the rounding of every printed digit. Forecasts
 * are left out: they are not facts to check.
 */
public final class ConsistencyChecker {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final List<TradeStatistic> facts;
    /** The facts as stated, then the earlier values their rates imply: a stated value is found first. */
    private final List<Term> terms = new ArrayList<>();

    public ConsistencyChecker(List<TradeStatistic> statistics) {
        this.facts = statistics.stream().filter(s -> s.value != null && !s.isForecast())
                .sorted(Comparator.comparing(s -> s.id)).toList();
        facts.stream().filter(s -> s.period.isSpecified()).map(Term::stated).forEach(terms::add);
        facts.stream().filter(s -> s.period.isSpecified()).map(Term::impliedBy).flatMap(Optional::stream)
                .forEach(terms::add);
    }

    public List<ConsistencyFinding> findings() {
        List<ConsistencyFinding> findings = new ArrayList<>();
        for (TradeStatistic statistic : facts) {
            reportedGrowth(statistic).ifPresent(findings::add);
            reportedMultiple(statistic).ifPresent(findings::add);
        }
        terms.forEach(term -> partWithinWhole(term, findings));
        partsAndTotals(findings);
        statedConversionRates(findings);
        return findings;
    }

    /** A growth measured in another currency than the figure's cannot be checked against the figure's series. */
    private static boolean inItsOwnUnit(TradeStatistic statistic) {
        return statistic.growthCurrency == null || statistic.growthCurrency == statistic.unit;
    }

    private Optional<ConsistencyFinding> reportedGrowth(TradeStatistic statistic) {
        if (statistic.reportedGrowthPercent == null || statistic.growthBase != null || !inItsOwnUnit(statistic)) {
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
        if (statistic.reportedMultiple == null || !inItsOwnUnit(statistic)) {
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

    /** A part (one partner's trade, or a place inside the reporter) no larger than its whole, stated or implied. */
    private void partWithinWhole(Term part, List<ConsistencyFinding> findings) {
        TradeStatistic figure = part.statistic();
        if (!part.unit().isMoney()) {
            return;
        }
        if (figure.partner != null) {
            findTerm(sameFigure(part).and(t -> t.statistic().reporter.code.equals(figure.reporter.code)
                    && t.statistic().partner == null))
                    .ifPresent(whole -> findings.add(partWithinWhole(part, whole,
                            "trade with " + figure.partner.name, "trade with the world")));
        }
        for (Place inside : PlaceTree.ancestors(figure.reporter)) {
            String wholeCode = inside.code;
            Optional<Term> whole = findTerm(sameFigure(part).and(t -> t.statistic().reporter.code.equals(wholeCode)
                    && Objects.equals(partnerCode(t.statistic()), partnerCode(figure))));
            if (whole.isPresent()) {
                findings.add(partWithinWhole(part, whole.get(), figure.reporter.name, inside.name));
                return;
            }
        }
    }

    private ConsistencyFinding partWithinWhole(Term part, Term whole, String partName, String wholeName) {
        boolean consistent = part.range().canBeWithin(whole.range());
        return new ConsistencyFinding(FindingKind.PART_WITHIN_WHOLE,
                consistent ? Verdict.CONSISTENT : Verdict.INCONSISTENT, List.of(part.statistic(), whole.statistic()),
                "In " + part.periodLabel() + ", " + partName + (consistent ? " is no larger than " : " exceeds ")
                        + wholeName + impliedNote(List.of(part, whole)) + ".",
                part.text() + " lies in " + part.range() + "; " + whole.text() + " lies in " + whole.range(),
                derivedValues(List.of(part, whole)));
    }

    /**
     * Exports plus imports against the total, for every reporter, partner and period where the three can be had:
     * each as stated where an article states it, else as the value a later figure's growth rate or multiple implies.
     */
    private void partsAndTotals(List<ConsistencyFinding> findings) {
        Map<String, Map<Flow, Term>> byFlow = new LinkedHashMap<>();
        for (Term term : terms) {
            TradeStatistic figure = term.statistic();
            if (figure.flow != null) {
                String key = String.join("|", figure.reporter.code, String.valueOf(partnerCode(figure)),
                        figure.indicator.name(), term.unit().name(), term.periodLabel());
                byFlow.computeIfAbsent(key, k -> new EnumMap<>(Flow.class)).putIfAbsent(figure.flow, term);
            }
        }
        byFlow.values().stream()
                .filter(flows -> flows.size() == Flow.values().length)
                .sorted(Comparator.comparing((Map<Flow, Term> flows) -> anyImplied(flows.values()))
                        .thenComparing(flows -> flows.get(Flow.TOTAL).statistic().id))
                .forEach(flows -> findings.add(partsAndTotal(flows.get(Flow.EXPORT), flows.get(Flow.IMPORT),
                        flows.get(Flow.TOTAL))));
    }

    private ConsistencyFinding partsAndTotal(Term exports, Term imports, Term total) {
        List<Term> all = List.of(exports, imports, total);
        Interval sum = exports.range().plus(imports.range());
        boolean consistent = sum.overlaps(total.range());
        BigDecimal printedSum = value(exports).add(value(imports));
        return new ConsistencyFinding(FindingKind.PARTS_AND_TOTAL,
                consistent ? Verdict.CONSISTENT : Verdict.INCONSISTENT,
                List.of(exports.statistic(), imports.statistic(), total.statistic()),
                "Exports plus imports " + (consistent ? "match" : "cannot add up to") + " the total of " + total.text()
                        + " for " + total.periodLabel() + impliedNote(all) + ".",
                exports.text() + " (EXPORT) + " + imports.text() + " (IMPORT) = "
                        + AmountFormat.format(printedSum, total.unit()) + ", which lies in " + sum
                        + "; the TOTAL " + total.text() + " lies in " + total.range(),
                derivedValues(all));
    }

    private static BigDecimal value(Term term) {
        return term.isImplied() ? term.implied().value() : term.statistic().value;
    }

    private static boolean anyImplied(Collection<Term> terms) {
        return terms.stream().anyMatch(Term::isImplied);
    }

    private static String impliedNote(List<Term> terms) {
        return anyImplied(terms)
                ? ", taking the values that reported growth rates or multiples imply as figures of their own" : "";
    }

    private static List<DerivedAmount> derivedValues(List<Term> terms) {
        return terms.stream().filter(Term::isImplied).map(Term::implied).toList();
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

    /** Another value of the same indicator, unit, flow and period: one that can contain this one or be in it. */
    private static Predicate<Term> sameFigure(Term term) {
        TradeStatistic figure = term.statistic();
        return t -> t != term && t.statistic().indicator == figure.indicator && t.unit() == term.unit()
                && t.statistic().flow == figure.flow && t.periodLabel().equals(term.periodLabel());
    }

    private Optional<Term> findTerm(Predicate<Term> predicate) {
        return terms.stream().filter(predicate).findFirst();
    }

    private static String partnerCode(TradeStatistic statistic) {
        return statistic.partner == null ? null : statistic.partner.code;
    }

    private static String describe(TradeStatistic statistic) {
        return AmountFormat.format(statistic.value, statistic.unit);
    }
}
