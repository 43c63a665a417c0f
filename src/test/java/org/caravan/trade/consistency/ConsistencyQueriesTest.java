package org.caravan.trade.consistency;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;

import org.caravan.GraphQL;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
public class ConsistencyQueriesTest {

    @Test
    void kazakhstansPartsCannotAddUpToTheirTotal() {
        GraphQL.post("""
                { consistencyFindings(verdict: INCONSISTENT) { kind statistics { id } explanation arithmetic
                    derivedValues { text periodLabel derived } } }""")
                .body("errors", nullValue())
                .body("data.consistencyFindings", hasSize(2))
                .body("data.consistencyFindings.kind", is(List.of("PARTS_AND_TOTAL", "PARTS_AND_TOTAL")))
                .body("data.consistencyFindings[0].statistics.id", is(List.of("kazakhstan-exports-to-xinjiang-2023-h1",
                        "kazakhstan-imports-from-xinjiang-2023-h1", "kazakhstan-xinjiang-trade-2023-h1")))
                .body("data.consistencyFindings[0].arithmetic",
                        containsString("6.1 billion USD (EXPORT) + 6.2 billion USD (IMPORT) = 12.3 billion USD"))
                .body("data.consistencyFindings[0].derivedValues", empty());
    }

    /**
     * The case from the article on Kazakhstan: its H1 2023 exports to Xinjiang ($6.1 bn, +36.5%) and imports
     * ($6.2 bn, 2.2-fold) imply H1 2022 exports of 6.1 / 1.365 = $4.469 bn and imports of 6.2 / 2.2 = $2.818 bn,
     * together $7.287 bn, while the same article puts H1 2022 trade at $4.5 bn.
     */
    @Test
    void theValuesImpliedForKazakhstansFirstHalfOf2022CannotAddUpToItsStatedTotal() {
        GraphQL.post("""
                { consistencyFindings(verdict: INCONSISTENT) { kind statistics { id } explanation arithmetic
                    derivedValues { value periodLabel derived } } }""")
                .body("data.consistencyFindings[1].statistics.id", is(List.of("kazakhstan-exports-to-xinjiang-2023-h1",
                        "kazakhstan-imports-from-xinjiang-2023-h1", "kazakhstan-xinjiang-trade-2022-h1")))
                .body("data.consistencyFindings[1].derivedValues.periodLabel", is(List.of("2022-H1", "2022-H1")))
                .body("data.consistencyFindings[1].derivedValues.derived", is(List.of(true, true)))
                .body("data.consistencyFindings[1].derivedValues.value", is(List.of(4469000000L, 2818000000L)))
                .body("data.consistencyFindings[1].arithmetic", containsString("= 7.287 billion USD"))
                .body("data.consistencyFindings[1].arithmetic", containsString("the TOTAL 4.5 billion USD"))
                .body("data.consistencyFindings[1].explanation", containsString("for 2022-H1"));
    }

    @Test
    void roundingIsNotMistakenForAnError() {
        GraphQL.post("""
                { statistic(id: "kazakhstan-xinjiang-trade-2023-h1") { consistency { kind verdict arithmetic } } }""")
                .body("data.statistic.consistency.kind", hasItem("REPORTED_GROWTH"))
                .body("data.statistic.consistency.find { it.kind == 'REPORTED_GROWTH' }.verdict", is("CONSISTENT"))
                .body("data.statistic.consistency.find { it.kind == 'PARTS_AND_TOTAL' }.verdict", is("INCONSISTENT"));
        GraphQL.post("""
                { statistic(id: "kashgar-trade-2022") { consistency { kind verdict arithmetic } } }""")
                .body("data.statistic.consistency.find { it.kind == 'REPORTED_MULTIPLE' }.verdict", is("CONSISTENT"))
                .body("data.statistic.consistency.find { it.kind == 'REPORTED_MULTIPLE' }.arithmetic",
                        containsString("49.31 billion CNY / 12.44 billion CNY"));
    }

    @Test
    void anAmbiguousMultipleIsReportedAsAmbiguous() {
        GraphQL.post("{ consistencyFindings(verdict: AMBIGUOUS) { kind statistics { id } explanation } }")
                .body("data.consistencyFindings.kind", is(List.of("AMBIGUOUS_MULTIPLE")))
                .body("data.consistencyFindings[0].statistics[0].id", is("kashgar-ftz-trade-2022"))
                .body("data.consistencyFindings[0].explanation", containsString("8.62 times"));
    }

    @Test
    void conversionsWithinAnArticleAgree() {
        GraphQL.post("{ consistencyFindings(verdict: CONSISTENT) { kind statistics { id } } }")
                .body("data.consistencyFindings.findAll { it.kind == 'STATED_CONVERSION_RATES' }", hasSize(2));
    }
}
