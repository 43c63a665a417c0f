package org.caravan.meeting;

import java.util.ArrayList;
import java.util.List;

import org.caravan.error.CaravanException;
import org.caravan.error.ErrorCode;
import org.caravan.meeting.MeetingInput.OutcomeInput;
import org.caravan.meeting.MeetingInput.ParticipantInput;
import org.caravan.paging.KeysetQuery;
import org.caravan.period.Dates;
import org.caravan.place.Places;
import org.caravan.source.Citation;
import org.caravan.source.Sources;

/** Turns a {@link MeetingInput} into a meeting, and a meeting back into the input a revision snapshots. */
public final class MeetingConversion {

    private MeetingConversion() {
    }

    public static Meeting toMeeting(MeetingInput input) {
        Meeting meeting = new Meeting();
        meeting.id = input.id;
        meeting.kind = input.kind;
        meeting.title = input.title;
        meeting.online = Boolean.TRUE.equals(input.online);
        meeting.place = Places.optional(input.place, "place");
        meeting.dateFrom = Dates.parse(input.dateFrom, "dateFrom");
        meeting.dateTo = Dates.parse(input.dateTo, "dateTo");
        if (meeting.dateFrom != null && meeting.dateTo != null && meeting.dateTo.isBefore(meeting.dateFrom)) {
            throw new CaravanException(ErrorCode.INVALID_DATE_RANGE, "dateTo", "'dateTo' is before 'dateFrom'.");
        }
        meeting.sortDate = meeting.dateTo != null ? meeting.dateTo
                : meeting.dateFrom != null ? meeting.dateFrom : KeysetQuery.UNDATED;
        meeting.datePrecision = input.datePrecision;
        meeting.dateText = input.dateText;
        meeting.dateNote = input.dateNote;
        for (String code : orEmpty(input.places)) {
            meeting.places.add(Places.require(code, "places"));
        }
        for (ParticipantInput p : orEmpty(input.participants)) {
            Participant participant = new Participant();
            participant.name = p.name;
            participant.role = p.role;
            participant.organisation = p.organisation;
            participant.side = Places.optional(p.side, "participants.side");
            meeting.participants.add(participant);
        }
        meeting.topics = new ArrayList<>(orEmpty(input.topics));
        for (OutcomeInput o : orEmpty(input.outcomes)) {
            Outcome outcome = new Outcome();
            outcome.kind = o.kind;
            outcome.text = o.text;
            outcome.quote = o.quote;
            meeting.outcomes.add(outcome);
        }
        meeting.citation = new Citation(Sources.require(input.source, "source"), input.quote);
        return meeting;
    }

    public static MeetingInput toInput(Meeting m) {
        MeetingInput input = new MeetingInput();
        input.id = m.id;
        input.kind = m.kind;
        input.title = m.title;
        input.online = m.online;
        input.place = m.place == null ? null : m.place.code;
        input.dateFrom = m.dateFrom == null ? null : m.dateFrom.toString();
        input.dateTo = m.dateTo == null ? null : m.dateTo.toString();
        input.datePrecision = m.datePrecision;
        input.dateText = m.dateText;
        input.dateNote = m.dateNote;
        input.places = m.places.stream().map(p -> p.code).toList();
        input.participants = m.participants.stream().map(p -> {
            ParticipantInput participant = new ParticipantInput();
            participant.name = p.name;
            participant.role = p.role;
            participant.organisation = p.organisation;
            participant.side = p.side == null ? null : p.side.code;
            return participant;
        }).toList();
        input.topics = List.copyOf(m.topics);
        input.outcomes = m.outcomes.stream().map(o -> {
            OutcomeInput outcome = new OutcomeInput();
            outcome.kind = o.kind;
            outcome.text = o.text;
            outcome.quote = o.quote;
            return outcome;
        }).toList();
        input.source = m.citation.source.id;
        input.quote = m.citation.quote;
        return input;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
