package org.caravan.editing;

import static org.caravan.Inputs.with;
import static org.caravan.editing.EditingProfile.EDITOR;
import static org.caravan.editing.EditingProfile.EDITOR_PASSWORD;
import static org.caravan.editing.EditingProfile.READER;
import static org.caravan.editing.EditingProfile.READER_PASSWORD;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.caravan.GraphQL;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Editing sources, places and meetings: the same rules as statistics. */
@QuarkusTest
@TestProfile(EditingProfile.class)
public class ReferenceMutationsTest {

    private static final String RECORD_SOURCE = """
            mutation($input: SourceInput!) { recordSource(input: $input) { id title publishedOn revisions { action author } } }""";
    private static final String RECORD_PLACE = """
            mutation($input: PlaceInput!) { recordPlace(input: $input) { code kind parent { code } members { code } revisions { action } } }""";
    private static final String RECORD_MEETING = """
            mutation($input: MeetingInput!) { recordMeeting(input: $input) {
              id kind dateFrom place { code } participants { name side { code } } topics outcomes { kind quote }
              citation { source { id } } revisions { action } } }""";

    private static Map<String, Object> meeting(String id) {
        Map<String, Object> input = new HashMap<>();
        input.put("id", id);
        input.put("kind", "MEETING");
        input.put("title", "A test meeting in Kashgar");
        input.put("place", "kashgar");
        input.put("dateFrom", "2024-05-06");
        input.put("dateTo", "2024-05-06");
        input.put("datePrecision", "DAY");
        input.put("places", List.of("KG"));
        input.put("participants", List.of(Map.of("name", "A. Tester", "role", "Director", "side", "CN")));
        input.put("topics", List.of("port capacity"));
        input.put("outcomes", List.of(Map.of("kind", "AGREEMENT", "text", "They agreed.", "quote", "they agreed")));
        input.put("source", "kashgar-cashes-in-2023");
        input.put("quote", "a test excerpt");
        return input;
    }

    @Test
    void editorsRecordSourcesPlacesAndMeetingsThatAreThenServed() {
        GraphQL.postAs(EDITOR, EDITOR_PASSWORD, RECORD_SOURCE, Map.of("input", Map.of("id", "test-article-2024",
                "title", "A test article", "publishedOn", "2024-05-07", "language", "en")))
                .body("errors", nullValue())
                .body("data.recordSource.publishedOn", is("2024-05-07"))
                .body("data.recordSource.revisions.action", is(List.of("RECORDED")))
                .body("data.recordSource.revisions[0].author", is(EDITOR));
        GraphQL.postAs(EDITOR, EDITOR_PASSWORD, RECORD_PLACE, Map.of("input", Map.of("code", "test-caravan-group",
                "name", "A test group", "kind", "GROUP", "members", List.of("KZ", "PK"))))
                .body("errors", nullValue())
                .body("data.recordPlace.members.code", is(List.of("KZ", "PK")));
        GraphQL.post("{ place(code: \"PK\") { groups { code } } }")
                .body("data.place.groups.code", hasItem("test-caravan-group"));
        GraphQL.postAs(EDITOR, EDITOR_PASSWORD, RECORD_MEETING, Map.of("input", with(meeting("test-meeting-2024"),
                "source", "test-article-2024")))
                .body("errors", nullValue())
                .body("data.recordMeeting.place.code", is("kashgar"))
                .body("data.recordMeeting.participants[0].side.code", is("CN"))
                .body("data.recordMeeting.outcomes[0].kind", is("AGREEMENT"))
                .body("data.recordMeeting.citation.source.id", is("test-article-2024"));
        GraphQL.post("{ meetings(filter: {participant: \"tester\"}) { edges { node { id } } } }")
                .body("data.meetings.edges.node.id", is(List.of("test-meeting-2024")));
    }

    @Test
    void aCorrectedMeetingKeepsItsBundledStateAndARetractedOneIsHidden() {
        Map<String, Object> input = with(with(with(meeting("china-eurasia-expo-2023"), "title", "Corrected title"),
                "source", "zhumangarin-ma-xingrui-urumqi-2023"), "dateFrom", "2023-08-14");
        GraphQL.postAs(EDITOR, EDITOR_PASSWORD, """
                mutation($input: MeetingInput!) { correctMeeting(id: "china-eurasia-expo-2023", input: $input, reason: "test") {
                  title revisions { action author } } }""", Map.of("input", with(input, "dateTo", "2023-08-20")))
                .body("errors", nullValue())
                .body("data.correctMeeting.title", is("Corrected title"))
                .body("data.correctMeeting.revisions.action", is(List.of("IMPORTED", "CORRECTED")));
        // the total is kept in Hibernate's query cache: the retraction must empty it
        int before = GraphQL.post("{ meetings { totalCount } }").extract().path("data.meetings.totalCount");
        GraphQL.postAs(EDITOR, EDITOR_PASSWORD, """
                mutation { retractMeeting(id: "china-eurasia-expo-2023", reason: "test") { retracted } }""")
                .body("data.retractMeeting.retracted", is(true));
        GraphQL.post("{ meetings(first: 100) { totalCount edges { node { id } } } }")
                .body("data.meetings.edges.node.id", not(hasItem("china-eurasia-expo-2023")))
                .body("data.meetings.totalCount", is(before - 1));
        GraphQL.post("{ meeting(id: \"china-eurasia-expo-2023\") { retracted revisions { action } } }")
                .body("data.meeting.retracted", is(true))
                .body("data.meeting.revisions.action", is(List.of("IMPORTED", "CORRECTED", "RETRACTED")));
        GraphQL.postAs(EDITOR, EDITOR_PASSWORD, "mutation { retractPlace(code: \"almaty\", reason: \"test\") { retracted } }")
                .body("data.retractPlace.retracted", is(true));
        GraphQL.post("{ places(kind: CITY) { code } place(code: \"almaty\") { retracted } }")
                .body("data.places.code", not(hasItem("almaty")))
                .body("data.place.retracted", is(true));
    }

    @Test
    void anArticlesAddressIsKeptAndCitedAndOnlyHttpAddressesAreTaken() {
        String address = "https://example.org/news/2024/05/07/kashgar-trade.html?id=42%20a#top";
        GraphQL.postAs(EDITOR, EDITOR_PASSWORD, RECORD_SOURCE, Map.of("input", Map.of("id", "test-linked-article",
                "title", "A linked article", "outlet", "Test Daily", "url", address, "language", "en")))
                .body("errors", nullValue());
        String cited = "{ sources { id url csl: citeAs(format: CSL_JSON) bib: citeAs(format: BIBTEX) } }";
        GraphQL.post(cited)
                .body("data.sources.find { it.id == 'test-linked-article' }.url", is(address))
                .body("data.sources.find { it.id == 'test-linked-article' }.csl", containsString("\"URL\" : \"" + address + "\""))
                .body("data.sources.find { it.id == 'test-linked-article' }.bib", containsString("url = {" + address + "}"))
                // The bundled articles' own metadata gives no address: none is guessed.
                .body("data.sources.find { it.id == 'kashgar-cashes-in-2023' }.url", nullValue());
        List<String> refused = List.of("javascript:alert(1)", "ftp://example.org/a", "https://user:secret@example.org/",
                "https://exa mple.org/", "/news/relative", "https://example.org/\"}", "mailto:desk@example.org");
        for (String bad : refused) {
            GraphQL.postAs(EDITOR, EDITOR_PASSWORD, RECORD_SOURCE, Map.of("input", Map.of("id", "test-bad-address",
                    "title", "t", "url", bad, "language", "en")))
                    .body("data", nullValue())
                    .body("errors[0].extensions.code", is("INVALID_INPUT"))
                    .body("errors[0].extensions.argument", is("input.url"));
        }
        GraphQL.post("{ sources { id } }").body("data.sources.id", not(hasItem("test-bad-address")));
    }

    @Test
    void onlyEditorsWriteAndBadInputNamesItsField() {
        GraphQL.post(RECORD_MEETING, Map.of("input", meeting("refused-meeting")))
                .body("errors[0].extensions.code", is("UNAUTHENTICATED"));
        GraphQL.postAs(READER, READER_PASSWORD, RECORD_SOURCE, Map.of("input", Map.of("id", "refused-source",
                "title", "t", "language", "en")))
                .body("errors[0].extensions.code", is("FORBIDDEN"));
        Map<Map<String, Object>, List<String>> cases = Map.of(
                with(meeting("bad-meeting"), "dateTo", "2024-05-01"), List.of("INVALID_DATE_RANGE", "input.dateTo"),
                with(meeting("bad-meeting"), "places", List.of("atlantis")), List.of("UNKNOWN_PLACE", "input.places"),
                with(meeting("bad-meeting"), "participants", List.of(Map.of("name", " "))),
                List.of("INVALID_INPUT", "input.participants[0].name"),
                with(meeting("bad-meeting"), "dateFrom", "May 2024"), List.of("INVALID_INPUT", "input.dateFrom"),
                with(meeting("bad-meeting"), "quote", ""), List.of("INVALID_INPUT", "input.quote"));
        cases.forEach((input, expected) -> GraphQL.postAs(EDITOR, EDITOR_PASSWORD, RECORD_MEETING, Map.of("input", input))
                .body("data", nullValue())
                .body("errors[0].extensions.code", is(expected.get(0)))
                .body("errors[0].extensions.argument", is(expected.get(1))));
        GraphQL.postAs(EDITOR, EDITOR_PASSWORD, RECORD_PLACE, Map.of("input", Map.of("code", "bad-place", "name", "n",
                "kind", "CITY", "members", List.of("KZ"))))
                .body("errors[0].extensions.argument", is("input.members"));
        GraphQL.postAs(EDITOR, EDITOR_PASSWORD, RECORD_SOURCE, Map.of("input", Map.of("id", "bad-source", "title", "t",
                "language", "English")))
                .body("errors[0].extensions.argument", is("input.language"));
        GraphQL.post("{ m: meetings(filter: {includeRetracted: true, text: \"test meeting\"}) { edges { node { id } } } }")
                .body("data.m.edges.node.id", not(hasItem("bad-meeting")));
        GraphQL.post("{ place(code: \"bad-place\") { code } }").body("errors[0].extensions.code", is("UNKNOWN_PLACE"));
    }

    @Test
    void aGetCannotWriteEvenForAnEditor() {
        given().auth().preemptive().basic(EDITOR, EDITOR_PASSWORD)
                .queryParam("query", "mutation { retractPlace(code: \"kashgar\", reason: \"sent as GET\") { code } }")
                .when().get("/graphql")
                .then().statusCode(405).body("errors[0].extensions.code", is("METHOD_NOT_ALLOWED"));
        GraphQL.post("{ place(code: \"kashgar\") { code revisions { action } } }")
                .body("data.place.code", is("kashgar"))
                .body("data.place.revisions.action", not(hasItem("RETRACTED")));
    }
}
