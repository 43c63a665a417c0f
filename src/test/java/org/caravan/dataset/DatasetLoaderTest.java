package org.caravan.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

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

    /** A file of one new statistic, with {@code field} set to {@code value}. */
    private static DatasetFile fileWithFigure(String field, String value) {
        String yaml = """
                version: 99
                sources: []
                places: []
                placeFacts: []
                meetings: []
                statistics:
                  - id: a-figure-the-rules-refuse
                    indicator: TRADE_VALUE
                    description: A figure
                    reporter: kashgar
                    flow: TOTAL
                    period: "2024"
                    amount: 1 billion
                    unit: CNY
                    qualifier: EXACT
                    source: kashgar-cashes-in-2023
                    quote: the words
                """;
        String withValue = yaml.lines().filter(line -> !line.startsWith("    " + field + ":"))
                .collect(Collectors.joining("\n", "", "\n")) + "    " + field + ": " + value + "\n";
        return DatasetReader.parse(withValue.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    @TestTransaction
    void theFileIsHeldToTheRulesEditorsAreHeldTo() {
        // a refusal stops the start, naming the entry and the field
        IllegalStateException growth = assertThrows(IllegalStateException.class,
                () -> loader.insertMissing(fileWithFigure("growthPercent", "\"-250\"")));
        assertTrue(growth.getMessage().contains("a-figure-the-rules-refuse, growthPercent"), growth.getMessage());
        IllegalStateException nul = assertThrows(IllegalStateException.class,
                () -> loader.insertMissing(fileWithFigure("quote", "\"the\\0words\"")));
        assertTrue(nul.getMessage().contains("a-figure-the-rules-refuse, input.quote"), nul.getMessage());
        IllegalStateException range = assertThrows(IllegalStateException.class,
                () -> loader.insertMissing(fileWithFigure("amount", "30-25")));
        assertTrue(range.getMessage().contains("a-figure-the-rules-refuse, amount"), range.getMessage());
    }
}
