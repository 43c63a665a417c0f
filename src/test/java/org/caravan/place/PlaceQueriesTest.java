package org.caravan.place;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;

import org.caravan.GraphQL;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
public class PlaceQueriesTest {

    @Test
    void aPlaceLeadsToItsStatisticsMeetingsGroupsAndFacts() {
        GraphQL.post("""
                { place(code: "KAZ") { code iso3 name kind groups { code }
                    statisticsAsReporter { id } statisticsAsPartner { id } meetings { id } } }""")
                .body("errors", nullValue())
                .body("data.place.code", is("KZ"))
                .body("data.place.iso3", is("KAZ"))
                .body("data.place.groups.code", is(List.of("central-asia")))
                .body("data.place.statisticsAsReporter.id", hasItems("kazakhstan-xinjiang-trade-2023-h1",
                        "kazakhstan-fmd-free-zones"))
                .body("data.place.meetings.id", hasItems("zhumangarin-ma-xingrui-meeting-2023", "china-eurasia-expo-2023"));
        GraphQL.post("""
                { place(code: "kashgar-free-trade-zone") { parent { code parent { code } }
                    facts { label date citation { quote } } statisticsAsReporter { id } } }""")
                .body("data.place.parent.code", is("kashgar"))
                .body("data.place.parent.parent.code", is("xinjiang"))
                .body("data.place.facts.date", hasItems("2014-09", "2015-04"))
                .body("data.place.facts.citation.quote", hasItem(containsString("established in September 2014")))
                .body("data.place.statisticsAsReporter.id", hasItem("kashgar-ftz-planned-area"));
        GraphQL.post("{ place(code: \"xinjiang\") { children { code } statisticsAsPartner { id } } }")
                .body("data.place.children.code", hasItems("kashgar", "urumqi", "khorgos"))
                .body("data.place.statisticsAsPartner.id", hasItem("kazakhstan-xinjiang-trade-2023-h1"));
    }

    @Test
    void listsPlacesByKind() {
        GraphQL.post("{ places(kind: LAND_PORT) { code kind } }")
                .body("data.places.code", is(List.of("irkeshtam", "karasu", "khorgos", "khunjerab")))
                .body("data.places.kind", everyItem(is("LAND_PORT")));
        GraphQL.post("{ places(kind: GROUP) { code } }")
                .body("data.places.code", is(List.of("belt-and-road", "central-asia")));
    }

    @Test
    void sourcesAreListedWithTheirMetadata() {
        GraphQL.post("{ sources { id title titleWrittenByCaravan outlet publishedOn datingNote language } }")
                .body("data.sources.id", hasItems("kashgar-cashes-in-2023", "xj-gb-customs-meeting-2023"))
                .body("data.sources.find { it.id == 'kashgar-cashes-in-2023' }.outlet", is("Tianshannet"))
                .body("data.sources.find { it.id == 'kashgar-cashes-in-2023' }.publishedOn", nullValue())
                .body("data.sources.find { it.id == 'pakistan-envoy-khorgos-visit-2025' }.titleWrittenByCaravan", is(true))
                .body("data.sources.language", everyItem(is("en")));
    }
}
