package org.caravan.dataset;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.caravan.dataset.DatasetFile.MeetingEntry;
import org.caravan.dataset.DatasetFile.PlaceEntry;
import org.caravan.dataset.DatasetFile.PlaceFactEntry;
import org.caravan.dataset.DatasetFile.RouteEntry;
import org.caravan.dataset.DatasetFile.SourceEntry;
import org.caravan.dataset.DatasetFile.StatisticEntry;
import org.caravan.error.CaravanException;
import org.caravan.meeting.Meeting;
import org.caravan.meeting.MeetingConversion;
import org.caravan.place.Place;
import org.caravan.place.PlaceConversion;
import org.caravan.place.PlaceFact;
import org.caravan.place.PlaceInput;
import org.caravan.place.PlaceTree;
import org.caravan.place.Places;
import org.caravan.revision.Editing;
import org.caravan.route.Route;
import org.caravan.route.RouteConversion;
import org.caravan.source.Citation;
import org.caravan.source.Source;
import org.caravan.source.SourceConversion;
import org.caravan.source.Sources;
import org.caravan.trade.StatisticConversion;
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

    @Inject
    Editing editing;

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
            added += insertIfAbsent(Source.findById(entry.id()), entry.id(), () -> {
                Source source = SourceConversion.toSource(valid(DatasetInputs.source(entry)));
                source.seedFile = entry.seedFile();
                return source;
            });
        }
        Map<Place, PlaceInput> newPlaces = new LinkedHashMap<>();
        for (PlaceEntry entry : dataset.places()) {
            if (Place.findById(entry.code()) == null) {
                PlaceInput input = entity(entry.code(), () -> valid(DatasetInputs.place(entry)));
                Place place = entity(entry.code(), () -> PlaceConversion.toPlace(input));
                place.persist();
                newPlaces.put(place, input);
            }
        }
        added += newPlaces.size();
        // Members once every place is stored, and only for groups this import created: a stored group's members
        // are its editors' to change.
        newPlaces.forEach((place, input) -> {
            place.members.addAll(entity(place.code, () -> PlaceConversion.members(input)));
            entity(place.code, () -> PlaceTree.requireNoCycle(place));
        });
        for (PlaceFactEntry entry : dataset.placeFacts()) {
            added += insertIfAbsent(PlaceFact.findById(entry.id()), entry.id(), () -> toPlaceFact(entry));
        }
        for (StatisticEntry entry : dataset.statistics()) {
            added += insertIfAbsent(TradeStatistic.findById(entry.id()), entry.id(),
                    () -> StatisticConversion.toStatistic(valid(DatasetInputs.statistic(entry)), entry.id()));
        }
        for (MeetingEntry entry : dataset.meetings()) {
            added += insertIfAbsent(Meeting.findById(entry.id()), entry.id(),
                    () -> MeetingConversion.toMeeting(valid(DatasetInputs.meeting(entry))));
        }
        for (RouteEntry entry : dataset.routes()) {
            added += insertIfAbsent(Route.findById(entry.id()), entry.id(),
                    () -> RouteConversion.toRoute(valid(DatasetInputs.route(entry))));
        }
        return added;
    }

    /** The checks every editor's input passes: the file is held to the same rules. */
    private <T> T valid(T input) {
        editing.validate(input);
        return input;
    }

    private static int insertIfAbsent(Object stored, String id, Supplier<? extends PanacheEntityBase> conversion) {
        if (stored != null) {
            return 0;
        }
        entity(id, conversion).persist();
        return 1;
    }

    /** A bad entry stops the start with the entry's id, the field and what is wrong with it. */
    private static <T> T entity(String id, Supplier<T> conversion) {
        try {
            return conversion.get();
        } catch (CaravanException e) {
            Object field = e.getExtensions().get("argument");
            throw new IllegalStateException("Dataset entry " + id + (field == null ? "" : ", " + field) + ": "
                    + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
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
