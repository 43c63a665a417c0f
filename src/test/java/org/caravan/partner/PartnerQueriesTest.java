package org.caravan.partner;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

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
    void mirrorFiguresJoinTheRankingWhenAskedMarkedWithWhoReportedThem() {
        String query = """
                query($flow: Flow, $mirror: Boolean) {
                  partners(reporter: "xinjiang", period: "2023-H1", flow: $flow, includeMirror: $mirror) {
                    partner { code } reportedBy { code } mirror value unit rank sharePercent statistic { id } } }""";
        GraphQL.post(query, Map.of("flow", "TOTAL"))
                .body("data.partners.partner.code", is(List.of("PK")));
        // Xinjiang's own 2023-H1 figure is for Pakistan (RMB 1.90 bn); Kazakhstan's for Xinjiang ($8.5 bn) is
        // its mirror, ranked among mirror figures (first of one) and with no share of Xinjiang's total.
        GraphQL.post(query, Map.of("flow", "TOTAL", "mirror", true))
                .body("errors", nullValue())
                .body("data.partners.partner.code", is(List.of("PK", "KZ")))
                .body("data.partners.reportedBy.code", is(List.of("xinjiang", "KZ")))
                .body("data.partners.mirror", is(List.of(false, true)))
                .body("data.partners.unit", is(List.of("CNY", "USD")))
                .body("data.partners.rank", is(List.of(1, 1)))
                .body("data.partners[1].value", is(8500000000L))
                .body("data.partners[1].sharePercent", nullValue())
                .body("data.partners[1].statistic.id", is("kazakhstan-xinjiang-trade-2023-h1"));
        // Xinjiang's imports from Kazakhstan are what Kazakhstan exported to it ($6.1 bn), and its exports what
        // Kazakhstan imported ($6.2 bn).
        GraphQL.post(query, Map.of("flow", "IMPORT", "mirror", true))
                .body("data.partners.statistic.id", is(List.of("kazakhstan-exports-to-xinjiang-2023-h1")))
                .body("data.partners[0].value", is(6100000000L));
        GraphQL.post(query, Map.of("flow", "EXPORT", "mirror", true))
                .body("data.partners.statistic.id", is(List.of("kazakhstan-imports-from-xinjiang-2023-h1")));
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
