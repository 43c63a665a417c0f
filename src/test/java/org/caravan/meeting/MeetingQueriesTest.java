package org.caravan.meeting;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.caravan.GraphQL;
import org.caravan.dataset.DatasetReader;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
public class MeetingQueriesTest {

    private static final String MEETINGS = """
            query Meetings($filter: MeetingFilter, $first: Int, $after: String) {
              meetings(filter: $filter, first: $first, after: $after) {
                totalCount pageInfo { hasNextPage endCursor } edges { node { id } }
              }
            }""";

    @Test
    void theCustomsMeetingWithItsInferredDateParticipantsAndOutcome() {
        GraphQL.post("""
                { meeting(id: "xinjiang-gilgit-baltistan-customs-meeting-2023") {
                    kind online place { code } dateFrom dateTo datePrecision dateText dateNote
                    participants { name role organisation side { code } }
                    topics outcomes { kind text quote } places { code }
                    citation { quote source { title publishedOn } } } }""")
                .body("errors", nullValue())
                .body("data.meeting.kind", is("MEETING"))
                .body("data.meeting.online", is(true))
                .body("data.meeting.place", nullValue())
                .body("data.meeting.dateFrom", is("2023-07-24"))
                .body("data.meeting.datePrecision", is("DAY_INFERRED"))
                .body("data.meeting.dateText", is("on Monday"))
                .body("data.meeting.participants.name", is(List.of("Hao Weiming", "Syed Fawad Ali Shah")))
                .body("data.meeting.participants[0].role", is("Director General"))
                .body("data.meeting.participants[0].organisation", is("Urumqi Customs"))
                .body("data.meeting.participants.side.code", is(List.of("CN", "PK")))
                .body("data.meeting.outcomes[0].kind", is("COMMITMENT"))
                .body("data.meeting.citation.quote", containsString("on Monday convened an online meeting"))
                .body("data.meeting.citation.source.publishedOn", is("2023-07-26"));
    }

    @Test
    void theLastMeetingsAreTheEarliestAndAPageBackEndsWhereTheForwardOneBegan() {
        List<String> all = GraphQL.post("{ meetings(first: 100) { edges { node { id } } } }").extract()
                .path("data.meetings.edges.node.id");
        GraphQL.post("{ meetings(last: 2) { pageInfo { hasPreviousPage hasNextPage } edges { node { id } } } }")
                .body("errors", nullValue())
                .body("data.meetings.edges.node.id", is(all.subList(all.size() - 2, all.size())))
                .body("data.meetings.pageInfo.hasPreviousPage", is(all.size() > 2))
                .body("data.meetings.pageInfo.hasNextPage", is(false));
        String third = GraphQL.post("{ meetings(first: 3) { edges { cursor } } }").extract().path("data.meetings.edges[2].cursor");
        GraphQL.post("query($before: String) { meetings(last: 10, before: $before) { pageInfo { hasPreviousPage } edges { node { id } } } }",
                Map.of("before", third))
                .body("data.meetings.edges.node.id", is(all.subList(0, 2)))
                .body("data.meetings.pageInfo.hasPreviousPage", is(false));
    }

    @Test
    void listsEveryEventLatestFirstAcrossPages() {
        int events = DatasetReader.readBundled().meetings().size();
        GraphQL.post(MEETINGS, Map.of("first", 3))
                .body("data.meetings.totalCount", is(events))
                .body("data.meetings.edges[0].node.id", is("hashmi-khorgos-visit-2025"))
                .body("data.meetings.pageInfo.hasNextPage", is(true));
    }

    @Test
    void filtersByDateRangePlaceParticipantAndText() {
        GraphQL.post(MEETINGS, Map.of("filter", Map.of("from", "2023-08-01", "to", "2023-08-31")))
                .body("data.meetings.edges.node.id", is(List.of("china-central-asia-summit-xian-dry-port",
                        "zhumangarin-ma-xingrui-meeting-2023", "china-eurasia-expo-2023")));
        GraphQL.post(MEETINGS, Map.of("filter", Map.of("place", "kashgar")))
                .body("data.meetings.edges.node.id", is(List.of("hashmi-khorgos-visit-2025",
                        "khunjerab-year-round-operation-2024", "kashgar-zero-tariff-exhibition-center-opening-2023")));
        GraphQL.post(MEETINGS, Map.of("filter", Map.of("participant", "HASHMI")))
                .body("data.meetings.edges.node.id", is(List.of("hashmi-khorgos-visit-2025")));
        GraphQL.post(MEETINGS, Map.of("filter", Map.of("text", "trade barriers")))
                .body("data.meetings.edges.node.id", is(List.of("zhumangarin-ma-xingrui-meeting-2023")));
        GraphQL.post(MEETINGS, Map.of("filter", Map.of("text", "irrigation", "place", "KZ")))
                .body("data.meetings.edges.node.id", hasItem("zhumangarin-ma-xingrui-meeting-2023"));
        GraphQL.post(MEETINGS, Map.of("filter", Map.of("text", "100%")))
                .body("data.meetings.totalCount", is(0));
    }

    @Test
    void badFiltersGiveStableErrorCodes() {
        GraphQL.post(MEETINGS, Map.of("filter", Map.of("from", "2023-13-01")))
                .body("errors[0].extensions.code", is("INVALID_DATE_RANGE"))
                .body("errors[0].extensions.argument", is("filter.from"));
        GraphQL.post(MEETINGS, Map.of("filter", Map.of("from", "2023-09-01", "to", "2023-08-01")))
                .body("errors[0].extensions.code", is("INVALID_DATE_RANGE"));
        GraphQL.post(MEETINGS, Map.of("filter", Map.of("place", "mordor")))
                .body("errors[0].extensions.code", is("UNKNOWN_PLACE"));
        GraphQL.post(MEETINGS, Map.of("first", 1000))
                .body("errors[0].extensions.code", is("INVALID_PAGE_SIZE"));
        GraphQL.post("{ meeting(id: \"nope\") { id } }")
                .body("errors[0].extensions.code", is("UNKNOWN_MEETING"));
    }
}
