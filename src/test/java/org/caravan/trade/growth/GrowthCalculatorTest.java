package org.caravan.trade.growth;

import static org.caravan.trade.Figures.KASHGAR;
import static org.caravan.trade.Figures.KAZAKHSTAN;
import static org.caravan.trade.Figures.XINJIANG;
import static org.caravan.trade.Figures.figure;
import static org.caravan.trade.Figures.place;
import static org.caravan.trade.Figures.withConversion;
import static org.caravan.trade.Figures.withGrowth;
import static org.caravan.trade.Figures.withMultiple;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.caravan.trade.Flow;
import org.caravan.trade.MultipleWording;
import org.caravan.trade.Qualifier;
import org.caravan.trade.TradeStatistic;
import org.caravan.trade.Unit;
import org.junit.jupiter.api.Test;

class GrowthCalculatorTest {

    @Test
    void aGrowthInYuanTermsImpliesAYuanBaseFromTheArticlesYuanAmount() {
        // $8.5 bn "(about 60.5 billion yuan)", up 10% in yuan terms: the yuan base is 60.5 / 1.1 = 55 billion yuan.
        TradeStatistic dollars = withGrowth(withConversion(
                figure("usd", KAZAKHSTAN, XINJIANG, Flow.TOTAL, "2023-H1", "8.5 billion", Unit.USD), "60.5 billion",
                Unit.CNY), "10");
        dollars.growthCurrency = Unit.CNY;

        DerivedAmount base = GrowthCalculator.impliedPreviousValue(dollars);

        assertEquals(Unit.CNY, base.unit());
        assertEquals(0, new BigDecimal("55000000000").compareTo(base.value()));
        assertEquals("2022-H1", base.periodLabel());
        assertTrue(base.arithmetic().startsWith("growth in CNY terms"), base.arithmetic());

        // Without a yuan amount to apply it to, no base is implied; in the figure's own currency, as before.
        dollars.statedConversion = null;
        assertNull(GrowthCalculator.impliedPreviousValue(dollars));
        dollars.growthCurrency = Unit.USD;
        assertEquals(Unit.USD, GrowthCalculator.impliedPreviousValue(dollars).unit());
    }

    @Test
    void computesChangeMultipleAndCompoundAnnualGrowth() {
        TradeStatistic from = figure("k2013", KASHGAR, null, Flow.TOTAL, "2013", "12.44 billion", Unit.CNY);
        TradeStatistic to = figure("k2022", KASHGAR, null, Flow.TOTAL, "2022", "49.31 billion", Unit.CNY);

        Growth growth = GrowthCalculator.between(from, to);

        assertEquals(0, new BigDecimal("36870000000").compareTo(growth.absoluteChange()));
        assertEquals(new BigDecimal("296.38"), growth.percentChange());
        assertEquals(new BigDecimal("3.964"), growth.multiple());
        assertEquals(9, growth.years());
        // (49.31 / 12.44)^(1/9) - 1 = 0.16541...
        assertEquals(new BigDecimal("16.54"), growth.cagrPercent());
        assertTrue(growth.derived());
    }

    @Test
    void impliesTheBaseOfAReportedGrowthRate() {
        TradeStatistic pakistan2022 = withGrowth(
                figure("xp2022", XINJIANG, place("PK", null), Flow.TOTAL, "2022", "2.92 billion", Unit.CNY), "248.2");

        DerivedAmount base = GrowthCalculator.impliedPreviousValue(pakistan2022);

        // 2.92 / 3.482 = 0.8386 billion: "about RMB 0.84 billion" in 2021
        assertEquals(new BigDecimal("838600000"), base.value());
        assertEquals("2021", base.periodLabel());
        assertEquals(Qualifier.ABOUT, base.qualifier());
        assertTrue(base.derived());
        assertNull(base.alternativeValue());
    }

    @Test
    void givesBothReadingsOfAnAmbiguousMultiple() {
        TradeStatistic zone = withMultiple(figure("ftz", KASHGAR, null, Flow.TOTAL, "2022", "28.28 billion", Unit.CNY),
                "7.62", MultipleWording.INCREASE_OF_TIMES, null);

        DerivedAmount base = GrowthCalculator.impliedPreviousValue(zone);

        assertEquals(new BigDecimal("3711000000"), base.value());
        assertEquals(new BigDecimal("3281000000"), base.alternativeValue());
    }

    @Test
    void carriesALowerBoundOverToTheImpliedBase() {
        TradeStatistic exceeded = withGrowth(figure("q", KASHGAR, null, Flow.TOTAL, "2023-Q1..Q3", "61 billion", Unit.CNY),
                "89.7");
        exceeded.qualifier = Qualifier.EXCEEDS;

        DerivedAmount base = GrowthCalculator.impliedPreviousValue(exceeded);

        assertEquals(Qualifier.EXCEEDS, base.qualifier());
        assertEquals("2022-Q1..Q3", base.periodLabel());
    }

    @Test
    void refusesToCompareAHalfYearWithAYear() {
        TradeStatistic year = figure("y", XINJIANG, null, Flow.TOTAL, "2022", "2.92 billion", Unit.CNY);
        TradeStatistic half = figure("h", XINJIANG, null, Flow.TOTAL, "2023-H1", "1.90 billion", Unit.CNY);
        assertTrue(Comparability.whyNot(year, half).orElseThrow().contains("a half year is never compared with a year"));
        TradeStatistic laterYear = figure("y2", XINJIANG, null, Flow.TOTAL, "2023", "3 billion", Unit.CNY);
        assertTrue(Comparability.whyNot(year, laterYear).isEmpty());
        assertTrue(Comparability.whyNot(laterYear, year).orElseThrow().contains("must end before"));
    }
}
