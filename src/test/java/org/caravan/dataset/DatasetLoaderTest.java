package org.caravan.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import jakarta.inject.Inject;

import org.caravan.meeting.Meeting;
import org.caravan.place.Place;
import org.caravan.trade.TradeStatistic;
import org.junit.jupiter.api.Test;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class DatasetLoaderTest {

    @Inject
    DatasetLoader loader;

    @Test
    void everyEntryOfTheFileIsStored() {
        DatasetFile file = DatasetReader.readBundled();
        assertEquals(file.statistics().size(), TradeStatistic.count());
        assertEquals(file.meetings().size(), Meeting.count());
    }

    @Test
    @TestTransaction
    void loadingAgainAddsNothingAndNeverOverwritesAStoredFigure() {
        TradeStatistic stored = TradeStatistic.findById("xinjiang-trade-2022");
        stored.description = "edited by a user";
        TradeStatistic.getEntityManager().flush();

        assertEquals(0, loader.insertMissing(DatasetReader.readBundled()));

        TradeStatistic.getEntityManager().clear();
        assertEquals("edited by a user", TradeStatistic.<TradeStatistic> findById("xinjiang-trade-2022").description);
    }

    @Test
    @TestTransaction
    void aStoredGroupKeepsItsMembersAsEdited() {
        Place group = Place.findById("central-asia");
        group.members.removeIf(member -> member.code.equals("TM"));
        Place.getEntityManager().flush();

        loader.insertMissing(DatasetReader.readBundled());
        Place.getEntityManager().flush();
        Place.getEntityManager().clear();

        assertEquals(List.of("KG", "KZ", "TJ", "UZ"),
                Place.<Place> findById("central-asia").members.stream().map(member -> member.code).toList());
    }

    @Test
    @TestTransaction
    void aMissingEntryIsAddedBack() {
        Meeting.deleteById("china-eurasia-expo-2023");
        TradeStatistic.getEntityManager().flush();
        assertNull(Meeting.findById("china-eurasia-expo-2023"));

        assertEquals(1, loader.insertMissing(DatasetReader.readBundled()));

        assertNotNull(Meeting.findById("china-eurasia-expo-2023"));
    }
}
