package org.caravan.dataset;

import java.util.ArrayList;
import java.util.List;

import org.caravan.dataset.DatasetFile.MeetingEntry;
import org.caravan.dataset.DatasetFile.OutcomeEntry;
import org.caravan.dataset.DatasetFile.ParticipantEntry;
import org.caravan.error.CaravanException;
import org.caravan.error.ErrorCode;
import org.caravan.meeting.DatePrecision;
import org.caravan.meeting.Meeting;
import org.caravan.meeting.MeetingKind;
import org.caravan.meeting.Outcome;
import org.caravan.meeting.OutcomeKind;
import org.caravan.meeting.Participant;
import org.caravan.place.Places;
import org.caravan.source.Citation;
import org.caravan.source.Sources;
import org.caravan.trade.TradeStatistic;

/** Converts between a meeting and its entry (dataset file, editors' input, revision snapshots). */
public final class MeetingEntries {

    private MeetingEntries() {
    }

    public static Meeting toMeeting(MeetingEntry entry) {
        Meeting meeting = new Meeting();
        meeting.id = entry.id();
        meeting.kind = MeetingKind.valueOf(entry.kind());
        meeting.title = entry.title();
        meeting.online = entry.online();
        meeting.place = Places.optional(entry.place(), "place");
        meeting.dateFrom = Dates.parse(entry.dateFrom(), "dateFrom");
        meeting.dateTo = Dates.parse(entry.dateTo(), "dateTo");
        if (meeting.dateFrom != null && meeting.dateTo != null && meeting.dateTo.isBefore(meeting.dateFrom)) {
            throw new CaravanException(ErrorCode.INVALID_DATE_RANGE, "dateTo", "'dateTo' is before 'dateFrom'.");
        }
        meeting.sortDate = meeting.dateTo != null ? meeting.dateTo
                : meeting.dateFrom != null ? meeting.dateFrom : TradeStatistic.UNDATED;
        meeting.datePrecision = DatePrecision.valueOf(entry.datePrecision());
        meeting.dateText = entry.dateText();
        meeting.dateNote = entry.dateNote();
        for (String code : orEmpty(entry.places())) {
            meeting.places.add(Places.require(code, "places"));
        }
        for (ParticipantEntry p : orEmpty(entry.participants())) {
            Participant participant = new Participant();
            participant.name = p.name();
            participant.role = p.role();
            participant.organisation = p.organisation();
            participant.side = Places.optional(p.side(), "participants.side");
            meeting.participants.add(participant);
        }
        meeting.topics = new ArrayList<>(orEmpty(entry.topics()));
        for (OutcomeEntry o : orEmpty(entry.outcomes())) {
            Outcome outcome = new Outcome();
            outcome.kind = OutcomeKind.valueOf(o.kind());
            outcome.text = o.text();
            outcome.quote = o.quote();
            meeting.outcomes.add(outcome);
        }
        meeting.citation = new Citation(Sources.require(entry.source(), "source"), entry.quote());
        return meeting;
    }

    public static MeetingEntry toEntry(Meeting m) {
        return new MeetingEntry(m.id, m.kind.name(), m.title, m.online, m.place == null ? null : m.place.code,
                m.dateFrom == null ? null : m.dateFrom.toString(), m.dateTo == null ? null : m.dateTo.toString(),
                m.datePrecision.name(), m.dateText, m.dateNote, m.places.stream().map(p -> p.code).toList(),
                m.participants.stream().map(p -> new ParticipantEntry(p.name, p.role, p.organisation,
                        p.side == null ? null : p.side.code)).toList(),
                List.copyOf(m.topics),
                m.outcomes.stream().map(o -> new OutcomeEntry(o.kind.name(), o.text, o.quote)).toList(),
                m.citation.source.id, m.citation.quote);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
