package org.caravan.trade.growth;

import static org.caravan.Near.near;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import org.caravan.GraphQL;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
public class GrowthQueriesTest {

    @Test
    void growthBetweenTwoComparableYearsWithCagr() {
        GraphQL.post("""
                { growth(fromId: "kashgar-belt-and-road-trade-2013", toId: "kashgar-belt-and-road-trade-2022") {
                    from { id } to { id } absoluteChange unit percentChange multiple years cagrPercent derived arithmetic } }""")
                .body("errors", nullValue())
                .body("data.growth.absoluteChange", is(34610000000L))
                .body("data.growth.percentChange", is(295.56))
                .body("data.growth.multiple", is(3.956))
                .body("data.growth.years", is(9))
                // (46.32 / 11.71)^(1/9) - 1
                .body("data.growth.cagrPercent", near(100 * (Math.pow(46.32 / 11.71, 1.0 / 9) - 1), 0.006))
                .body("data.growth.derived", is(true))
                .body("data.growth.arithmetic", containsString("46.32 billion CNY / 11.71 billion CNY"));
    }

    @Test
    void aStatisticKnowsItsPreviousComparableFigure() {
        GraphQL.post("""
                { statistic(id: "kazakhstan-xinjiang-trade-2023-h1") {
                    previousComparable { id value }
                    growthFromPrevious { percentChange years cagrPercent } } }""")
                .body("data.statistic.previousComparable.id", is("kazakhstan-xinjiang-trade-2022-h1"))
                .body("data.statistic.growthFromPrevious.percentChange", is(88.89))
                .body("data.statistic.growthFromPrevious.years", is(1));
        GraphQL.post("{ statistic(id: \"xinjiang-pakistan-trade-2023-h1\") { previousComparable { id } growthFromPrevious { percentChange } } }")
                .body("data.statistic.previousComparable", nullValue())
                .body("data.statistic.growthFromPrevious", nullValue());
    }

    @Test
    void theBaseAReportedGrowthRateImpliesIsDerivedAndExplained() {
        GraphQL.post("""
                { statistic(id: "xinjiang-pakistan-trade-2022") {
                    impliedPreviousValue { value unit periodLabel qualifier derived arithmetic } } }""")
                .body("data.statistic.impliedPreviousValue.value", near(0.84e9, 0.005e9))
                .body("data.statistic.impliedPreviousValue.periodLabel", is("2021"))
                .body("data.statistic.impliedPreviousValue.qualifier", is("ABOUT"))
                .body("data.statistic.impliedPreviousValue.derived", is(true))
                .body("data.statistic.impliedPreviousValue.arithmetic", containsString("2.92 billion CNY / (1 + 248.2/100)"));
        GraphQL.post("{ statistic(id: \"kashgar-trade-2022\") { impliedPreviousValue { value periodLabel } } }")
                .body("data.statistic.impliedPreviousValue.periodLabel", is("2013"))
                .body("data.statistic.impliedPreviousValue.value", near(49.31e9 / 3.96, 0.01e9));
        GraphQL.post("{ statistic(id: \"kashgar-ftz-trade-2022\") { impliedPreviousValue { value alternativeValue } } }")
                .body("data.statistic.impliedPreviousValue.value", near(28.28e9 / 7.62, 0.001e9))
                .body("data.statistic.impliedPreviousValue.alternativeValue", near(28.28e9 / 8.62, 0.001e9));
    }

    @Test
    void refusesIncomparableStatisticsWithAClearError() {
        GraphQL.post("{ growth(fromId: \"xinjiang-pakistan-trade-2022\", toId: \"xinjiang-pakistan-trade-2023-h1\") { percentChange } }")
                .body("data", nullValue())
                .body("errors[0].extensions.code", is("INCOMPARABLE_STATISTICS"))
                .body("errors[0].message", containsString("a half year is never compared with a year"));
        GraphQL.post("{ growth(fromId: \"kashgar-trade-2013\", toId: \"xinjiang-trade-2022\") { percentChange } }")
                .body("errors[0].extensions.code", is("INCOMPARABLE_STATISTICS"))
                .body("errors[0].message", containsString("reporters differ"));
        GraphQL.post("{ growth(fromId: \"kashgar-trade-2022\", toId: \"kashgar-trade-2013\") { percentChange } }")
                .body("errors[0].extensions.code", is("INCOMPARABLE_STATISTICS"));
        GraphQL.post("{ growth(fromId: \"khorgos-trade-growth-2025\", toId: \"kashgar-trade-2013\") { percentChange } }")
                .body("errors[0].extensions.code", is("INCOMPARABLE_STATISTICS"))
                .body("errors[0].message", containsString("reports only a growth rate"));
        GraphQL.post("{ growth(fromId: \"nope\", toId: \"kashgar-trade-2013\") { percentChange } }")
                .body("errors[0].extensions.code", is("UNKNOWN_STATISTIC"))
                .body("errors[0].extensions.argument", is("fromId"));
    }
}
