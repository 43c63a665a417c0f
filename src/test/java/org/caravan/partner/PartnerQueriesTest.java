package org.caravan.partner;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;

import org.caravan.GraphQL;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
public class PartnerQueriesTest {

    @Test
    void ranksXinjiangsPartnersWithTheirShareOfItsTotal() {
        GraphQL.post("""
                { partners(reporter: "xinjiang", period: "2022") {
                    partner { code kind } value unit rank sharePercent total { id } statistic { citation { quote } } } }""")
                .body("errors", nullValue())
                .body("data.partners.partner.code", is(List.of("central-asia", "PK")))
                .body("data.partners.partner.kind", is(List.of("GROUP", "COUNTRY")))
                .body("data.partners.rank", is(List.of(1, 2)))
                // 119 / 246 and 2.92 / 246
                .body("data.partners.sharePercent", is(List.of(48.37, 1.19)))
                .body("data.partners.total.id", is(List.of("xinjiang-trade-2022", "xinjiang-trade-2022")))
                .body("data.partners[0].statistic.citation.quote", containsString("119 billion yuan"));
    }

    @Test
    void withoutAPeriodUsesTheLatestAndLeavesShareEmptyWithoutATotal() {
        GraphQL.post("{ partners(reporter: \"kashgar\") { partner { code } value rank sharePercent statistic { period { label } } } }")
                .body("data.partners.partner.code", is(List.of("belt-and-road", "central-asia")))
                .body("data.partners.statistic.period.label", is(List.of("2023-01..2023-07", "2023-01..2023-07")))
                .body("data.partners.sharePercent", is(java.util.Arrays.asList(null, null)));
        GraphQL.post("{ partners(reporter: \"kashgar\", period: \"2013\") { partner { code } sharePercent } }")
                .body("data.partners.partner.code", is(List.of("belt-and-road")))
                .body("data.partners[0].sharePercent", is(94.13));
        GraphQL.post("{ partners(reporter: \"kashgar\", period: \"2013\", flow: EXPORT) { rank } }")
                .body("data.partners", empty());
    }

    @Test
    void refusesUnknownReportersAndMalformedPeriods() {
        GraphQL.post("{ partners(reporter: \"narnia\") { rank } }")
                .body("errors[0].extensions.code", is("UNKNOWN_PLACE"))
                .body("errors[0].extensions.argument", is("reporter"));
        GraphQL.post("{ partners(reporter: \"xinjiang\", period: \"last year\") { rank } }")
                .body("errors[0].extensions.code", is("INVALID_PERIOD"));
    }
}
