package org.caravan.trade.consistency;

import static org.hamcrest.Matchers.containsString;
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
                { consistencyFindings(verdict: INCONSISTENT) { kind statistics { id } explanation arithmetic } }""")
                .body("errors", nullValue())
                .body("data.consistencyFindings", hasSize(1))
                .body("data.consistencyFindings[0].kind", is("PARTS_AND_TOTAL"))
                .body("data.consistencyFindings[0].statistics.id", is(List.of("kazakhstan-exports-to-xinjiang-2023-h1",
                        "kazakhstan-imports-from-xinjiang-2023-h1", "kazakhstan-xinjiang-trade-2023-h1")))
                .body("data.consistencyFindings[0].arithmetic",
                        containsString("6.1 billion USD (EXPORT) + 6.2 billion USD (IMPORT) = 12.3 billion USD"));
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
