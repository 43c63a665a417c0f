package org.caravan.dataset;

import java.util.List;

import org.caravan.dataset.DatasetFile.MeetingEntry;
import org.caravan.dataset.DatasetFile.PlaceEntry;
import org.caravan.dataset.DatasetFile.RouteEntry;
import org.caravan.dataset.DatasetFile.SourceEntry;
import org.caravan.dataset.DatasetFile.StatisticEntry;
import org.caravan.meeting.DatePrecision;
import org.caravan.meeting.MeetingInput;
import org.caravan.meeting.MeetingInput.OutcomeInput;
import org.caravan.meeting.MeetingInput.ParticipantInput;
import org.caravan.meeting.MeetingKind;
import org.caravan.meeting.OutcomeKind;
import org.caravan.place.PlaceInput;
import org.caravan.place.PlaceKind;
import org.caravan.route.RouteInput;
import org.caravan.route.RouteKind;
import org.caravan.route.TransportMode;
import org.caravan.source.SourceInput;
import org.caravan.trade.ConversionInput;
import org.caravan.trade.Flow;
import org.caravan.trade.Indicator;
import org.caravan.trade.MultipleWording;
import org.caravan.trade.Qualifier;
import org.caravan.trade.StatisticInput;
import org.caravan.trade.Unit;

/**
 * Maps the dataset file's records to the inputs editors send, field by field, so a bundled entry is checked and
 * stored by the same code as a recorded one. Fields only the file has (amountWords, datesInText) are notes for
 * the completeness checks, not stored.
 */
final class DatasetInputs {

    private DatasetInputs() {
    }

    static SourceInput source(SourceEntry entry) {
        SourceInput input = new SourceInput();
        input.id = entry.id();
        input.title = entry.title();
        input.titleWrittenByCaravan = entry.titleWrittenByCaravan();
        input.outlet = entry.outlet();
        input.byline = entry.byline();
        input.dateline = entry.dateline();
        input.publishedOn = entry.publishedOn();
        input.datingNote = entry.datingNote();
        input.url = entry.url();
        input.language = entry.language();
        return input;
    }

    static PlaceInput place(PlaceEntry entry) {
        PlaceInput input = new PlaceInput();
        input.code = entry.code();
        input.iso3 = entry.iso3();
        input.name = entry.name();
        input.kind = constant(PlaceKind.class, entry.kind(), "kind");
        input.parent = entry.parent();
        input.members = entry.members();
        input.note = entry.note();
        return input;
    }

    static StatisticInput statistic(StatisticEntry entry) {
        StatisticInput input = new StatisticInput();
        input.id = entry.id();
        input.indicator = constant(Indicator.class, entry.indicator(), "indicator");
        input.description = entry.description();
        input.subject = entry.subject();
        input.reporter = entry.reporter();
        input.partner = entry.partner();
        input.flow = constant(Flow.class, entry.flow(), "flow");
        input.period = entry.period();
        input.amount = entry.amount();
        input.unit = constant(Unit.class, entry.unit(), "unit");
        input.qualifier = constant(Qualifier.class, entry.qualifier(), "qualifier");
        input.growthPercent = entry.growthPercent();
        input.multiple = entry.multiple();
        input.multipleWording = constant(MultipleWording.class, entry.multipleWording(), "multipleWording");
        input.growthBase = entry.growthBase();
        input.growthCurrency = constant(Unit.class, entry.growthCurrency(), "growthCurrency");
        if (entry.converted() != null) {
            input.converted = new ConversionInput();
            input.converted.amount = entry.converted().amount();
            input.converted.unit = constant(Unit.class, entry.converted().unit(), "converted.unit");
            input.converted.qualifier = constant(Qualifier.class, entry.converted().qualifier(), "converted.qualifier");
        }
        input.note = entry.note();
        input.source = entry.source();
        input.quote = entry.quote();
        return input;
    }

    static MeetingInput meeting(MeetingEntry entry) {
        MeetingInput input = new MeetingInput();
        input.id = entry.id();
        input.kind = constant(MeetingKind.class, entry.kind(), "kind");
        input.title = entry.title();
        input.online = entry.online();
        input.place = entry.place();
        input.dateFrom = entry.dateFrom();
        input.dateTo = entry.dateTo();
        input.datePrecision = constant(DatePrecision.class, entry.datePrecision(), "datePrecision");
        input.dateText = entry.dateText();
        input.dateNote = entry.dateNote();
        input.places = entry.places();
        input.participants = entry.participants() == null ? null : entry.participants().stream().map(p -> {
            ParticipantInput participant = new ParticipantInput();
            participant.name = p.name();
            participant.role = p.role();
            participant.organisation = p.organisation();
            participant.side = p.side();
            return participant;
        }).toList();
        input.topics = entry.topics();
        input.outcomes = entry.outcomes() == null ? null : entry.outcomes().stream().map(o -> {
            OutcomeInput outcome = new OutcomeInput();
            outcome.kind = constant(OutcomeKind.class, o.kind(), "outcomes.kind");
            outcome.text = o.text();
            outcome.quote = o.quote();
            return outcome;
        }).toList();
        input.source = entry.source();
        input.quote = entry.quote();
        return input;
    }

    static RouteInput route(RouteEntry entry) {
        RouteInput input = new RouteInput();
        input.id = entry.id();
        input.kind = constant(RouteKind.class, entry.kind(), "kind");
        input.name = entry.name();
        input.from = entry.from();
        input.to = entry.to();
        input.through = entry.through();
        input.mode = constant(TransportMode.class, entry.mode(), "mode");
        input.directed = entry.directed();
        input.note = entry.note();
        input.source = entry.source();
        input.quote = entry.quote();
        return input;
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String name, String field) {
        if (name == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + ": '" + name + "' is not one of " + List.of(type.getEnumConstants()));
        }
    }
}
