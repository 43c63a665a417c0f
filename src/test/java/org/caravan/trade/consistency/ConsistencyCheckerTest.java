package org.caravan.trade.consistency;

import static org.caravan.trade.Figures.KASHGAR;
import static org.caravan.trade.Figures.KAZAKHSTAN;
import static org.caravan.trade.Figures.XINJIANG;
import static org.caravan.trade.Figures.figure;
import static org.caravan.trade.Figures.withConversion;
import static org.caravan.trade.Figures.withGrowth;
import static org.caravan.trade.Figures.withMultiple;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.caravan.trade.Flow;
import org.caravan.trade.MultipleWording;
import org.caravan.trade.Qualifier;
import org.caravan.trade.TradeStatistic;
import org.caravan.trade.Unit;
import org.junit.jupiter.api.Test;

class ConsistencyCheckerTest {

    private static ConsistencyFinding only(FindingKind kind, TradeStatistic... statistics) {
        List<ConsistencyFinding> findings = new ConsistencyChecker(List.of(statistics)).findings().stream()
                .filter(f -> f.kind() == kind).toList();
        assertEquals(1, findings.size(), () -> "expected one " + kind + " finding, got " + findings);
        return findings.get(0);
    }

    @Test
    void aGrowthRateThatOnlyRoundingSeparatesIsConsistent() {
        // 8.5 / 4.5 = 1.889 printed, but 8.45..8.55 / 4.45..4.55 spans 1.857..1.921, which holds 1.873
        TradeStatistic before = figure("h1-2022", KAZAKHSTAN, XINJIANG, Flow.TOTAL, "2022-H1", "4.5 billion", Unit.USD);
        TradeStatistic after = withGrowth(
                figure("h1-2023", KAZAKHSTAN, XINJIANG, Flow.TOTAL, "2023-H1", "8.5 billion", Unit.USD), "87.3");

        ConsistencyFinding finding = only(FindingKind.REPORTED_GROWTH, before, after);

        assertEquals(Verdict.CONSISTENT, finding.verdict());
        assertTrue(finding.arithmetic().contains("[1.85714, 1.92135]"), finding.arithmetic());
    }

    @Test
    void aGrowthRateBeyondRoundingIsInconsistent() {
        TradeStatistic before = figure("h1-2022", KAZAKHSTAN, XINJIANG, Flow.TOTAL, "2022-H1", "4.5 billion", Unit.USD);
        TradeStatistic after = withGrowth(
                figure("h1-2023", KAZAKHSTAN, XINJIANG, Flow.TOTAL, "2023-H1", "8.7 billion", Unit.USD), "87.3");

        assertEquals(Verdict.INCONSISTENT, only(FindingKind.REPORTED_GROWTH, before, after).verdict());
    }

    @Test
    void aMultipleIsCheckedAgainstItsStatedBase() {
        TradeStatistic base = figure("k2013", KASHGAR, null, Flow.TOTAL, "2013", "12.44 billion", Unit.CNY);
        TradeStatistic later = withMultiple(figure("k2022", KASHGAR, null, Flow.TOTAL, "2022", "49.31 billion", Unit.CNY),
                "3.96", MultipleWording.TIMES_THAT_OF, "2013");
        assertEquals(Verdict.CONSISTENT, only(FindingKind.REPORTED_MULTIPLE, base, later).verdict());

        later.reportedMultiplePrinted = "3.90";
        assertEquals(Verdict.INCONSISTENT, only(FindingKind.REPORTED_MULTIPLE, base, later).verdict());
    }

    @Test
    void anIncreaseOfTimesIsReadBothWays() {
        TradeStatistic base = figure("b", KASHGAR, null, Flow.TOTAL, "2021", "3.28 billion", Unit.CNY);
        TradeStatistic later = withMultiple(figure("l", KASHGAR, null, Flow.TOTAL, "2022", "28.28 billion", Unit.CNY),
                "7.62", MultipleWording.INCREASE_OF_TIMES, null);
        ConsistencyFinding finding = only(FindingKind.REPORTED_MULTIPLE, base, later);
        assertEquals(Verdict.CONSISTENT, finding.verdict());
        assertTrue(finding.explanation().contains("read as an increase"), finding.explanation());

        ConsistencyFinding withoutBase = only(FindingKind.AMBIGUOUS_MULTIPLE, later);
        assertEquals(Verdict.AMBIGUOUS, withoutBase.verdict());
        assertTrue(withoutBase.arithmetic().contains("3.281 billion CNY"), withoutBase.arithmetic());
    }

    @Test
    void partsThatCannotAddUpToTheirTotalAreFlagged() {
        TradeStatistic total = figure("t", KAZAKHSTAN, XINJIANG, Flow.TOTAL, "2023-H1", "8.5 billion", Unit.USD);
        TradeStatistic exports = figure("e", KAZAKHSTAN, XINJIANG, Flow.EXPORT, "2023-H1", "6.1 billion", Unit.USD);
        TradeStatistic imports = figure("i", KAZAKHSTAN, XINJIANG, Flow.IMPORT, "2023-H1", "6.2 billion", Unit.USD);

        ConsistencyFinding finding = only(FindingKind.PARTS_AND_TOTAL, total, exports, imports);

        assertEquals(Verdict.INCONSISTENT, finding.verdict());
        assertTrue(finding.arithmetic().contains("= 12.3 billion USD"), finding.arithmetic());

        imports.value = new java.math.BigDecimal("2400000000");
        assertEquals(Verdict.CONSISTENT, only(FindingKind.PARTS_AND_TOTAL, total, exports, imports).verdict());
    }

    @Test
    void theValuesGrowthRatesImplyAreSummedAgainstAStatedTotal() {
        // Kazakhstan, H1 2023: exports $6.1 bn up 36.5%, imports $6.2 bn 2.2-fold; H1 2022 total $4.5 bn.
        // Implied H1 2022: exports 6.05/1.3655 = 4.43061 to 6.15/1.3645 = 4.50715; imports 6.15/2.25 = 2.73333 to
        // 6.25/2.15 = 2.90698; together 7.16394 to 7.41412 billion (six digits), far above the 4.45 to 4.55 the
        // total allows.
        TradeStatistic exports = withGrowth(
                figure("e", KAZAKHSTAN, XINJIANG, Flow.EXPORT, "2023-H1", "6.1 billion", Unit.USD), "36.5");
        TradeStatistic imports = withMultiple(
                figure("i", KAZAKHSTAN, XINJIANG, Flow.IMPORT, "2023-H1", "6.2 billion", Unit.USD), "2.2",
                MultipleWording.FOLD, null);
        TradeStatistic total2022 = figure("t", KAZAKHSTAN, XINJIANG, Flow.TOTAL, "2022-H1", "4.5 billion", Unit.USD);

        ConsistencyFinding finding = only(FindingKind.PARTS_AND_TOTAL, exports, imports, total2022);

        assertEquals(Verdict.INCONSISTENT, finding.verdict());
        assertEquals(List.of("e", "i", "t"), finding.statistics().stream().map(s -> s.id).toList());
        assertEquals(List.of("2022-H1", "2022-H1"), finding.derivedValues().stream().map(d -> d.periodLabel()).toList());
        assertTrue(finding.derivedValues().stream().allMatch(d -> d.derived()));
        // 6.1 / 1.365 = 4.469 and 6.2 / 2.2 = 2.818, four significant digits each; 4.469 + 2.818 = 7.287
        assertTrue(finding.arithmetic().contains("= 7.287 billion USD, which lies in [7163940000, 7414120000]"),
                finding.arithmetic());
        assertTrue(finding.explanation().contains("imply"), finding.explanation());

        // A total of $7.3 bn (7.25 to 7.35) is within what the rates allow.
        total2022.value = new java.math.BigDecimal("7300000000");
        total2022.printedAmount = "7.3 billion";
        assertEquals(Verdict.CONSISTENT, only(FindingKind.PARTS_AND_TOTAL, exports, imports, total2022).verdict());
    }

    @Test
    void aStatedValueIsPreferredToAnImpliedOneAndAnAmbiguousMultipleImpliesNothing() {
        TradeStatistic exports = withGrowth(
                figure("e", KAZAKHSTAN, XINJIANG, Flow.EXPORT, "2023-H1", "6.1 billion", Unit.USD), "36.5");
        TradeStatistic exports2022 = figure("e22", KAZAKHSTAN, XINJIANG, Flow.EXPORT, "2022-H1", "1.0 billion", Unit.USD);
        TradeStatistic imports = withMultiple(
                figure("i", KAZAKHSTAN, XINJIANG, Flow.IMPORT, "2023-H1", "6.2 billion", Unit.USD), "2.2",
                MultipleWording.FOLD, null);
        TradeStatistic total2022 = figure("t", KAZAKHSTAN, XINJIANG, Flow.TOTAL, "2022-H1", "4.5 billion", Unit.USD);
        // 1.0 stated (0.95..1.05) + 2.7333..2.9070 implied = 3.6833..3.9570: still short of 4.45.
        ConsistencyFinding finding = only(FindingKind.PARTS_AND_TOTAL, exports, exports2022, imports, total2022);
        assertEquals(List.of("e22", "i", "t"), finding.statistics().stream().map(s -> s.id).toList());
        assertEquals(1, finding.derivedValues().size());
        assertEquals(Verdict.INCONSISTENT, finding.verdict());

        withMultiple(imports, "2.2", MultipleWording.INCREASE_OF_TIMES, null);
        assertTrue(new ConsistencyChecker(List.of(exports, exports2022, imports, total2022)).findings().stream()
                .noneMatch(f -> f.kind() == FindingKind.PARTS_AND_TOTAL));
    }

    @Test
    void anImpliedPartCannotExceedItsWhole() {
        // Kashgar's 2023 trade of 10.0 billion, up 100%, implies 9.95/2.005 = 4.963 to 10.05/1.995 = 5.038 billion
        // for 2022, more than Xinjiang's stated 2022 total of 4 billion (3.95 to 4.05).
        TradeStatistic kashgar = withGrowth(figure("k", KASHGAR, null, Flow.TOTAL, "2023", "10.0 billion", Unit.CNY), "100");
        TradeStatistic xinjiang = figure("x", XINJIANG, null, Flow.TOTAL, "2022", "4.0 billion", Unit.CNY);
        ConsistencyFinding finding = only(FindingKind.PART_WITHIN_WHOLE, kashgar, xinjiang);
        assertEquals(Verdict.INCONSISTENT, finding.verdict());
        assertEquals(List.of("2022"), finding.derivedValues().stream().map(d -> d.periodLabel()).toList());

        xinjiang.value = new java.math.BigDecimal("6000000000");
        assertEquals(Verdict.CONSISTENT, only(FindingKind.PART_WITHIN_WHOLE, kashgar, xinjiang).verdict());
    }

    @Test
    void aPlaceInsideAnotherCannotTradeMoreThanIt() {
        TradeStatistic region = figure("x", XINJIANG, null, Flow.TOTAL, "2022", "246 billion", Unit.CNY);
        TradeStatistic prefecture = figure("k", KASHGAR, null, Flow.TOTAL, "2022", "49.31 billion", Unit.CNY);
        assertEquals(Verdict.CONSISTENT, only(FindingKind.PART_WITHIN_WHOLE, region, prefecture).verdict());

        prefecture.value = new java.math.BigDecimal("300000000000");
        assertEquals(Verdict.INCONSISTENT, only(FindingKind.PART_WITHIN_WHOLE, region, prefecture).verdict());
    }

    @Test
    void forecastsAreNotChecked() {
        TradeStatistic region = figure("x", XINJIANG, null, Flow.TOTAL, "2022", "246 billion", Unit.CNY);
        TradeStatistic forecast = figure("k", KASHGAR, null, Flow.TOTAL, "2022", "300 billion", Unit.CNY);
        forecast.qualifier = Qualifier.EXPECTED_TO_EXCEED;
        assertTrue(new ConsistencyChecker(List.of(region, forecast)).findings().isEmpty());
    }

    @Test
    void conversionsOfOneArticleMustShareARate() {
        TradeStatistic a = withConversion(figure("a", XINJIANG, null, Flow.TOTAL, "2022", "246 billion", Unit.CNY),
                "33.8 billion", Unit.USD);
        TradeStatistic b = withConversion(figure("b", KASHGAR, null, Flow.TOTAL, "2022", "119 billion", Unit.CNY),
                "16.3 billion", Unit.USD);
        assertEquals(Verdict.CONSISTENT, only(FindingKind.STATED_CONVERSION_RATES, a, b).verdict());

        withConversion(b, "20.0 billion", Unit.USD);
        assertEquals(Verdict.INCONSISTENT, only(FindingKind.STATED_CONVERSION_RATES, a, b).verdict());
    }
}
