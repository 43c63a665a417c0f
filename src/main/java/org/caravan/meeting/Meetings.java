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
import org.caravan.place.Place;
import org.caravan.place.Places;

/** The meetings store: every query on meetings is here, and "in force" (not retracted) is decided here once. */
public final class Meetings {

    private static final String IN_FORCE = "retracted = false";

    private Meetings() {
    }

    public static Meeting require(String id, String argument) {
        Meeting meeting = Meeting.findById(id);
        if (meeting == null) {
            throw new CaravanException(ErrorCode.UNKNOWN_MEETING, argument, "No meeting has the id '" + id + "'.");
        }
        return meeting;
    }

    public static MeetingConnection search(MeetingFilter filter, PageRequest page) {
        KeysetQuery query = toQuery(filter == null ? new MeetingFilter() : filter);
        int totalCount = query.count("Meeting");
        List<Meeting> rows = Meeting.<Meeting> find(query.page(page), query.parameters()).range(0, page.size()).list();
        Slice<MeetingEdge> slice = Slice.of(rows, page, row -> PageRequest.cursor(row.sortDate, row.id), MeetingEdge::new);
        return new MeetingConnection(slice.edges(), slice.pageInfo(), totalCount);
    }

    /** For each place, the meetings held there or about it, latest first. */
    public static List<List<Meeting>> atOrAbout(List<Place> places) {
        List<Meeting> all = Meeting.list("select distinct m from Meeting m left join m.places p where m." + IN_FORCE
                + " and (m.place in ?1 or p in ?1) order by m.sortDate desc, m.id", places);
        return places.stream().map(place -> all.stream()
                .filter(m -> m.place != null && m.place.code.equals(place.code)
                        || m.places.stream().anyMatch(p -> p.code.equals(place.code)))
                .toList()).toList();
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
            query.where(IN_FORCE);
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
