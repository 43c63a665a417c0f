package org.caravan.meeting;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import org.caravan.error.CaravanException;
import org.caravan.error.ErrorCode;
import org.caravan.paging.KeysetQuery;
import org.caravan.paging.PageRequest;
import org.caravan.paging.Slice;
import org.caravan.place.Places;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
public class MeetingQueries {

    @Query
    @Description("Meetings, visits and events matching a filter, latest first, a page at a time (first: at most 100, default 20)")
    public @NonNull MeetingConnection meetings(
            @Name("filter") @Description("Which meetings; all when left out") MeetingFilter filter,
            @Name("first") @Description("Page size, 0 to 100 (default 20)") Integer first,
            @Name("after") @Description("endCursor of the previous page") String after) {
        PageRequest page = PageRequest.of(first, after);
        KeysetQuery query = toQuery(filter == null ? new MeetingFilter() : filter);
        int totalCount = (int) Meeting.count(query.filter(), query.parameters());
        List<Meeting> rows = Meeting.<Meeting> find(query.page(page), query.parameters()).range(0, page.first()).list();
        Slice<MeetingEdge> slice = Slice.of(rows, page, row -> PageRequest.cursor(row.sortDate, row.id), MeetingEdge::new);
        return new MeetingConnection(slice.edges(), slice.pageInfo(), totalCount);
    }

    @Query
    @Description("One meeting by id")
    public Meeting meeting(@Name("id") @Description("The meeting's id") @Id @NonNull String id) {
        return require(id, "id");
    }

    public static Meeting require(String id, String argument) {
        Meeting meeting = Meeting.findById(id);
        if (meeting == null) {
            throw new CaravanException(ErrorCode.UNKNOWN_MEETING, argument, "No meeting has the id '" + id + "'.");
        }
        return meeting;
    }

    private static KeysetQuery toQuery(MeetingFilter filter) {
        KeysetQuery query = new KeysetQuery();
        LocalDate from = date(filter.from, "filter.from");
        LocalDate to = date(filter.to, "filter.to");
        if (from != null && to != null && to.isBefore(from)) {
            throw new CaravanException(ErrorCode.INVALID_DATE_RANGE, "filter.to",
                    "'to' (" + to + ") is before 'from' (" + from + ").");
        }
        if (from != null) {
            query.where("dateTo >= :from", "from", from);
        }
        if (to != null) {
            query.where("coalesce(dateFrom, dateTo) <= :to", "to", to);
        }
        if (filter.place != null) {
            List<String> codes = Places.require(filter.place, "filter.place").codesWithin();
            query.where("(id in (select m.id from Meeting m where m.place.code in :places)"
                    + " or id in (select m.id from Meeting m join m.places p where p.code in :places))", "places", codes);
        }
        if (filter.participant != null) {
            query.where("id in (select m.id from Meeting m join m.participants p where lower(p.name) like :participant)",
                    "participant", like(filter.participant));
        }
        if (!Boolean.TRUE.equals(filter.includeRetracted)) {
            query.where("retracted = false");
        }
        if (filter.text != null) {
            query.where("(lower(title) like :text"
                    + " or id in (select m.id from Meeting m join m.topics t where lower(t) like :text)"
                    + " or id in (select m.id from Meeting m join m.outcomes o where lower(o.text) like :text"
                    + " or lower(o.quote) like :text))", "text", like(filter.text));
        }
        return query;
    }

    private static String like(String words) {
        String escaped = words.trim().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

    private static LocalDate date(String text, String argument) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new CaravanException(ErrorCode.INVALID_DATE_RANGE, argument,
                    "'" + text + "' is not a date; use YYYY-MM-DD.");
        }
    }
}
