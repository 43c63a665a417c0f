package org.caravan.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.caravan.dataset.DatasetFile.MeetingEntry;
import org.caravan.dataset.DatasetFile.PlaceEntry;
import org.caravan.dataset.DatasetFile.RouteEntry;
import org.caravan.dataset.DatasetFile.SourceEntry;
import org.caravan.dataset.DatasetFile.StatisticEntry;
import org.caravan.period.PeriodParser;
import org.caravan.trade.PrintedAmount;
import org.caravan.trade.Qualifier;
import org.junit.jupiter.api.Test;

/**
 * Walks the bundled dataset. Where the articles are at hand (../shared/seeds beside the project, or the
 * directory in -Dcaravan.seeds), every excerpt must occur in its article verbatim and every number in an
 * article must be cited by some excerpt; without them the test says so and checks the rest.
 */
class DatasetFileTest {

    private static final int LONGEST_EXCERPT = 300;
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");

    private final DatasetFile dataset = DatasetReader.readBundled();

    @Test
    void everyReferenceResolvesAndEveryIdIsUnique() {
        Set<String> sources = ids(dataset.sources().stream().map(SourceEntry::id).toList());
        Set<String> places = ids(dataset.places().stream().map(PlaceEntry::code).toList());
        ids(dataset.statistics().stream().map(StatisticEntry::id).toList());
        ids(dataset.meetings().stream().map(MeetingEntry::id).toList());
        for (PlaceEntry place : dataset.places()) {
            assertTrue(place.parent() == null || places.contains(place.parent()), place.code());
            if (place.members() != null) {
                assertTrue(places.containsAll(place.members()), place.code());
            }
        }
        for (StatisticEntry s : dataset.statistics()) {
            assertTrue(sources.contains(s.source()), s.id());
            assertTrue(places.contains(s.reporter()), s.id());
            assertTrue(s.partner() == null || places.contains(s.partner()), s.id());
        }
        for (MeetingEntry m : dataset.meetings()) {
            assertTrue(sources.contains(m.source()), m.id());
            assertTrue(m.place() == null || places.contains(m.place()), m.id());
            assertTrue(m.places() == null || places.containsAll(m.places()), m.id());
        }
        ids(dataset.routes().stream().map(RouteEntry::id).toList());
        // One namespace for every type: node(id:) must find exactly one entry.
        ids(java.util.stream.Stream.of(dataset.sources().stream().map(SourceEntry::id),
                dataset.places().stream().map(PlaceEntry::code), dataset.placeFacts().stream().map(f -> f.id()),
                dataset.statistics().stream().map(StatisticEntry::id), dataset.meetings().stream().map(MeetingEntry::id),
                dataset.routes().stream().map(RouteEntry::id)).flatMap(ids -> ids).toList());
        for (RouteEntry r : dataset.routes()) {
            assertTrue(sources.contains(r.source()), r.id());
            assertTrue(places.contains(r.from()) && places.contains(r.to()), r.id());
            assertTrue(r.through() == null || places.containsAll(r.through()), r.id());
        }
    }

    @Test
    void everyFigureParsesAndItsPrintedWordsAreInItsExcerpt() {
        for (StatisticEntry s : dataset.statistics()) {
            assertNotNull(s.quote(), s.id());
            assertTrue(s.amount() != null || s.growthPercent() != null || s.multiple() != null,
                    s.id() + " states no figure");
            if (s.amount() != null) {
                PrintedAmount.parse(s.amount());
                String words = s.amountWords() != null ? s.amountWords() : s.amount();
                assertTrue(s.quote().contains(words), s.id() + ": '" + words + "' is not in its excerpt");
            }
            if (s.growthPercent() != null) {
                assertTrue(s.quote().contains(s.growthPercent()), s.id() + ": growth is not in its excerpt");
            }
            if (s.multiple() != null) {
                assertTrue(s.quote().contains(s.multiple()), s.id() + ": multiple is not in its excerpt");
                assertNotNull(s.multipleWording(), s.id());
            }
            if (s.converted() != null) {
                assertTrue(s.quote().contains(s.converted().amount()), s.id() + ": conversion is not in its excerpt");
            }
            if (s.period() != null) {
                PeriodParser.parse(s.period(), s.id());
            }
            Qualifier.valueOf(s.qualifier());
        }
    }

    @Test
    void excerptsAreShortQuotationsNotCopies() {
        for (String quote : allQuotes().values().stream().flatMap(List::stream).toList()) {
            assertTrue(quote.length() <= LONGEST_EXCERPT, "Excerpt too long (" + quote.length() + "): " + quote);
        }
    }

    @Test
    void everyExcerptOccursVerbatimInItsArticle() throws IOException {
        Path seeds = seeds();
        if (seeds == null) {
            System.out.println("DatasetFileTest: no seed articles found (../shared/seeds); excerpts not checked against them");
            return;
        }
        int checked = 0;
        for (SourceEntry source : dataset.sources()) {
            String article = normalise(Files.readString(seeds.resolve(source.seedFile())));
            for (String quote : allQuotes().getOrDefault(source.id(), List.of())) {
                assertTrue(article.contains(normalise(quote)), source.id() + " does not contain: " + quote);
                checked++;
            }
        }
        System.out.println("DatasetFileTest: " + checked + " excerpts found verbatim in " + dataset.sources().size()
                + " articles in " + seeds);
    }

    @Test
    void everyNumberInAnArticleIsCited() throws IOException {
        Path seeds = seeds();
        if (seeds == null) {
            System.out.println("DatasetFileTest: no seed articles found; completeness not checked");
            return;
        }
        for (SourceEntry source : dataset.sources()) {
            String rest = normalise(Files.readString(seeds.resolve(source.seedFile())));
            List<String> quotes = new ArrayList<>(allQuotes().getOrDefault(source.id(), List.of()));
            // Longest first: one excerpt may contain another (the 2013 and 2022 figures of one sentence).
            quotes.sort(Comparator.comparingInt(String::length).reversed());
            for (String quote : quotes) {
                rest = rest.replace(normalise(quote), " ");
            }
            for (String date : source.datesInText() == null ? List.<String> of() : source.datesInText()) {
                rest = rest.replace(date, " ");
            }
            List<String> uncited = new ArrayList<>();
            Matcher m = NUMBER.matcher(rest);
            while (m.find()) {
                uncited.add(m.group());
            }
            assertEquals(List.of(), uncited, source.id() + " has numbers no excerpt cites");
        }
    }

    @Test
    void forecastsAreMarkedAsSuch() {
        for (StatisticEntry s : dataset.statistics()) {
            boolean forecastWording = s.quote().contains("expected");
            assertEquals(forecastWording, Qualifier.valueOf(s.qualifier()).isForecast(), s.id());
        }
    }

    private Map<String, List<String>> allQuotes() {
        Map<String, List<String>> quotes = new HashMap<>();
        dataset.statistics().forEach(s -> quotes.computeIfAbsent(s.source(), k -> new ArrayList<>()).add(s.quote()));
        dataset.placeFacts().forEach(f -> quotes.computeIfAbsent(f.source(), k -> new ArrayList<>()).add(f.quote()));
        for (MeetingEntry m : dataset.meetings()) {
            List<String> list = quotes.computeIfAbsent(m.source(), k -> new ArrayList<>());
            list.add(m.quote());
            if (m.outcomes() != null) {
                m.outcomes().forEach(o -> list.add(o.quote()));
            }
        }
        dataset.routes().forEach(r -> quotes.computeIfAbsent(r.source(), k -> new ArrayList<>()).add(r.quote()));
        return quotes;
    }

    private static Set<String> ids(List<String> ids) {
        Set<String> unique = new HashSet<>(ids);
        assertEquals(ids.size(), unique.size(), "duplicate ids in " + ids);
        assertFalse(unique.contains(null));
        return unique;
    }

    private static Path seeds() {
        Path configured = Path.of(System.getProperty("caravan.seeds", "../shared/seeds"));
        return Files.isDirectory(configured) ? configured : null;
    }

    private static String normalise(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }
}
