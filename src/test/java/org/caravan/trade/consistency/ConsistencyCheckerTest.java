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
