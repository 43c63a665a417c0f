package org.caravan.dataset;

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
import org.caravan.meeting.Meeting;
import org.caravan.place.Place;
import org.caravan.place.PlaceFact;
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
 * A database that has already imported this exact file (by checksum) skips the work altogether. Instances
 * starting together on one database take turns.
 */
@ApplicationScoped
public class DatasetLoader {

    @Inject
    EntityManager entityManager;

    @Transactional
    void onStart(@Observes StartupEvent event) {
        // Replicas starting at once on one database would otherwise insert the same entries side by side and
        // all but one fail on the primary keys: the lock makes them take turns (V4__dataset_import_lock.sql).
        entityManager.createNativeQuery("select id from dataset_import_lock where id = 1 for update").getResultList();
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
            added += insertIfAbsent(Source.findById(entry.id()), entry.id(), () -> SourceEntries.toSource(entry));
        }
        List<PlaceEntry> newPlaces = new ArrayList<>();
        for (PlaceEntry entry : dataset.places()) {
            if (insertIfAbsent(Place.findById(entry.code()), entry.code(), () -> PlaceEntries.toPlace(entry)) == 1) {
                newPlaces.add(entry);
            }
        }
        added += newPlaces.size();
        // Members only for groups this import created: a stored group's members are its editors' to change.
        for (PlaceEntry entry : newPlaces) {
            Place group = Place.findById(entry.code());
            for (String member : entry.members() == null ? List.<String> of() : entry.members()) {
                group.members.add(place(member));
            }
        }
        for (PlaceFactEntry entry : dataset.placeFacts()) {
            added += insertIfAbsent(PlaceFact.findById(entry.id()), entry.id(), () -> toPlaceFact(entry));
        }
        for (StatisticEntry entry : dataset.statistics()) {
            added += insertIfAbsent(TradeStatistic.findById(entry.id()), entry.id(),
                    () -> StatisticEntries.toStatistic(entry));
        }
        for (MeetingEntry entry : dataset.meetings()) {
            added += insertIfAbsent(Meeting.findById(entry.id()), entry.id(), () -> MeetingEntries.toMeeting(entry));
        }
        return added;
    }

    private static int insertIfAbsent(Object stored, String id, Supplier<? extends PanacheEntityBase> conversion) {
        if (stored != null) {
            return 0;
        }
        entity(id, conversion).persist();
        return 1;
    }

    /** A bad entry stops the start with the entry's id and what is wrong with it. */
    private static <T> T entity(String id, Supplier<T> conversion) {
        try {
            return conversion.get();
        } catch (CaravanException | IllegalArgumentException e) {
            throw new IllegalStateException("Dataset entry " + id + ": " + e.getMessage(), e);
        }
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

    private static Place place(String code) {
        return Places.require(code, "place");
    }

    private static Citation citation(String sourceId, String quote) {
        return new Citation(Sources.require(sourceId, "source"), quote);
    }
}
