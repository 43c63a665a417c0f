package org.caravan.trade.currency;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import org.caravan.GraphQL;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
public class CurrencyQueriesTest {

    @Test
    void convertsWithTheRateTheArticleStatesAndSaysWhich() {
        GraphQL.post("""
                { own: statistic(id: "kashgar-belt-and-road-trade-2022") { valueIn(currency: USD) { value derived rateSource } }
                  other: statistic(id: "kazakhstan-xinjiang-trade-2023-h1") {
                    valueIn(currency: CNY) { value unit rate derived rateStatedBy { id } rateSource } } }""")
                .body("data.own.valueIn.value", is(6370000000L))
                .body("data.own.valueIn.derived", is(false))
                .body("data.own.valueIn.rateSource", containsString("stated with this figure"))
                .body("data.other.valueIn.unit", is("CNY"))
                .body("data.other.valueIn.value", is(61860000000L))
                .body("data.other.valueIn.rate", is(7.278))
                .body("data.other.valueIn.derived", is(true))
                .body("data.other.valueIn.rateStatedBy.id", is("xinjiang-trade-2022"));
    }

    @Test
    void refusesToInventARate() {
        GraphQL.post("{ statistic(id: \"xinjiang-pakistan-trade-2022\") { id valueIn(currency: USD) { value } } }")
                .body("data.statistic.id", is("xinjiang-pakistan-trade-2022"))
                .body("errors[0].extensions.code", is("NO_STATED_CONVERSION"));
        GraphQL.post("{ statistic(id: \"khorgos-duty-free-market-area\") { valueIn(currency: USD) { value } } }")
                .body("errors[0].extensions.code", is("NO_STATED_CONVERSION"));
    }
}
