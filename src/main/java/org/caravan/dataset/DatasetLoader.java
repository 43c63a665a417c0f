package org.caravan.dataset;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.caravan.dataset.DatasetFile.MeetingEntry;
import org.caravan.dataset.DatasetFile.PlaceEntry;
import org.caravan.dataset.DatasetFile.PlaceFactEntry;
import org.caravan.dataset.DatasetFile.SourceEntry;
import org.caravan.dataset.DatasetFile.StatisticEntry;
import org.caravan.error.CaravanException;
import org.caravan.meeting.DatePrecision;
import org.caravan.meeting.Meeting;
import org.caravan.meeting.MeetingKind;
import org.caravan.meeting.Outcome;
import org.caravan.meeting.OutcomeKind;
import org.caravan.meeting.Participant;
import org.caravan.place.Place;
import org.caravan.place.PlaceFact;
import org.caravan.place.PlaceKind;
import org.caravan.place.Places;
import org.caravan.source.Citation;
import org.caravan.source.Source;
import org.caravan.source.Sources;
import org.caravan.trade.TradeStatistic;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;

/**
 * Inserts the bundled dataset at startup. Each entry is inserted once, by its id, and an entry already in
 * the database is left as it is: restarts and upgrades add new figures but never overwrite stored ones.
 * A database that has already imported this exact file (by checksum) skips the work altogether.
 */
@ApplicationScoped
public class DatasetLoader {

    @Inject
    EntityManager entityManager;

    @Transactional
    void onStart(@Observes StartupEvent event) {
        byte[] file = DatasetReader.bundledBytes();
        String checksum = DatasetReader.checksum(file);
        boolean imported = !entityManager.createNativeQuery("select 1 from dataset_import where checksum = ?1")
                .setParameter(1, checksum).getResultList().isEmpty();
        if (imported) {
            Log.infof("Bundled dataset %s already imported", checksum.substring(0, 12));
            return;
        }
        DatasetFile dataset = DatasetReader.parse(file);
        int added = insertMissing(dataset);
        entityManager.createNativeQuery("insert into dataset_import (checksum, version, imported_at) values (?1, ?2, ?3)")
                .setParameter(1, checksum).setParameter(2, dataset.version()).setParameter(3, LocalDateTime.now())
                .executeUpdate();
        Log.infof("Bundled dataset version %d (%s): %d entries added, %d statistics and %d meetings stored",
                dataset.version(), checksum.substring(0, 12), added, TradeStatistic.count(), Meeting.count());
    }

    /** Inserts the entries the database lacks and returns how many; stored entries are left as they are. */
    int insertMissing(DatasetFile dataset) {
        int added = 0;
        for (SourceEntry entry : dataset.sources()) {
            added += persistIfAbsent(Source.findById(entry.id()) == null, () -> toSource(entry));
        }
        for (PlaceEntry entry : dataset.places()) {
            added += persistIfAbsent(Place.findById(entry.code()) == null, () -> toPlace(entry));
        }
        for (PlaceEntry entry : dataset.places()) {
            if (entry.members() != null) {
                Place group = Place.findById(entry.code());
                for (String member : entry.members()) {
                    if (group.members.stream().noneMatch(p -> p.code.equals(member))) {
                        group.members.add(place(member));
                    }
                }
            }
        }
        for (PlaceFactEntry entry : dataset.placeFacts()) {
            added += persistIfAbsent(PlaceFact.findById(entry.id()) == null, () -> toPlaceFact(entry));
        }
        for (StatisticEntry entry : dataset.statistics()) {
            added += persistIfAbsent(TradeStatistic.findById(entry.id()) == null, () -> statistic(entry));
        }
        for (MeetingEntry entry : dataset.meetings()) {
            added += persistIfAbsent(Meeting.findById(entry.id()) == null, () -> toMeeting(entry));
        }
        return added;
    }

    private static int persistIfAbsent(boolean absent, Supplier<? extends PanacheEntityBase> entity) {
        if (!absent) {
            return 0;
        }
        entity.get().persist();
        return 1;
    }

    private static TradeStatistic statistic(StatisticEntry entry) {
        try {
            return StatisticEntries.toStatistic(entry);
        } catch (CaravanException e) {
            throw new IllegalStateException("Dataset entry " + entry.id() + ": " + e.getMessage(), e);
        }
    }

    private static Source toSource(SourceEntry entry) {
        Source source = new Source();
        source.id = entry.id();
        source.seedFile = entry.seedFile();
        source.title = entry.title();
        source.titleWrittenByCaravan = entry.titleWrittenByCaravan();
        source.outlet = entry.outlet();
        source.byline = entry.byline();
        source.dateline = entry.dateline();
        source.publishedOn = entry.publishedOn() == null ? null : LocalDate.parse(entry.publishedOn());
        source.datingNote = entry.datingNote();
        source.language = entry.language();
        return source;
    }

    private static Place toPlace(PlaceEntry entry) {
        Place place = new Place();
        place.code = entry.code();
        place.name = entry.name();
        place.kind = PlaceKind.valueOf(entry.kind());
        place.iso3 = entry.iso3();
        place.parent = entry.parent() == null ? null : place(entry.parent());
        place.note = entry.note();
        return place;
    }

    private static PlaceFact toPlaceFact(PlaceFactEntry entry) {
        PlaceFact fact = new PlaceFact();
        fact.id = entry.id();
        fact.place = place(entry.place());
        fact.label = entry.label();
        fact.date = entry.date();
        fact.citation = citation(entry.source(), entry.quote());
        return fact;
    }

    private static Meeting toMeeting(MeetingEntry entry) {
        Meeting meeting = new Meeting();
        meeting.id = entry.id();
        meeting.kind = MeetingKind.valueOf(entry.kind());
        meeting.title = entry.title();
        meeting.online = entry.online();
        meeting.place = entry.place() == null ? null : place(entry.place());
        meeting.dateFrom = entry.dateFrom() == null ? null : LocalDate.parse(entry.dateFrom());
        meeting.dateTo = entry.dateTo() == null ? null : LocalDate.parse(entry.dateTo());
        meeting.sortDate = meeting.dateTo != null ? meeting.dateTo : TradeStatistic.UNDATED;
        meeting.datePrecision = DatePrecision.valueOf(entry.datePrecision());
        meeting.dateText = entry.dateText();
        meeting.dateNote = entry.dateNote();
        meeting.places = new ArrayList<>(orEmpty(entry.places()).stream().map(DatasetLoader::place).toList());
        for (var p : orEmpty(entry.participants())) {
            Participant participant = new Participant();
            participant.name = p.name();
            participant.role = p.role();
            participant.organisation = p.organisation();
            participant.side = p.side() == null ? null : place(p.side());
            meeting.participants.add(participant);
        }
        meeting.topics = new ArrayList<>(orEmpty(entry.topics()));
        for (var o : orEmpty(entry.outcomes())) {
            Outcome outcome = new Outcome();
            outcome.kind = OutcomeKind.valueOf(o.kind());
            outcome.text = o.text();
            outcome.quote = o.quote();
            meeting.outcomes.add(outcome);
        }
        meeting.citation = citation(entry.source(), entry.quote());
        return meeting;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static Place place(String code) {
        return Places.require(code, "place");
    }

    private static Citation citation(String sourceId, String quote) {
        return new Citation(Sources.require(sourceId, "source"), quote);
    }
}
