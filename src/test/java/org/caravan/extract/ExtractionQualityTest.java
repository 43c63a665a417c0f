package org.caravan.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * Keeps the extractor at the targets on the development set and on the bundled articles (the dataset is
 * their answer key): a change that reads one article better and the others worse fails here. The benchmark
 * (src/test/bench/extraction.sh) prints the same measures, and the time per article, which is not asserted.
 */
class ExtractionQualityTest {

    private static final Path SEEDS = Path.of("../shared/seeds");

    private static ExtractionBenchmark benchmark(JsonNode dataset) {
        Map<String, String> known = new LinkedHashMap<>();
        dataset.get("places").forEach(place -> known.put(place.get("code").asText(), place.get("name").asText()));
        return new ExtractionBenchmark(PlaceNames.of(known), false);
    }

    private static void assertTargets(ExtractionBenchmark.Score score) {
        assertEquals(score.proposals, score.verbatim, "every quote and amount is verbatim");
        assertAtLeast(0.95, score.found, score.stated, "recall");
        assertAtLeast(0.90, score.correctProposals, score.proposals, "precision");
        assertAtLeast(0.95, score.unit, score.found, "unit");
        assertAtLeast(0.95, score.qualifier, score.found, "qualifier");
        assertAtLeast(0.90, score.growth, score.found, "growth");
        assertAtLeast(0.85, score.period, score.found, "period");
        assertAtLeast(0.85, score.reporter, score.found, "reporter");
    }

    private static void assertAtLeast(double target, int part, int whole, String measure) {
        assertTrue(whole > 0 && part >= target * whole, measure + ": " + part + "/" + whole + " is below " + target);
    }

    @Test
    void theDevelopmentSetIsReadAtTheTargets() throws IOException {
        YAMLMapper yaml = new YAMLMapper();
        JsonNode dataset = yaml.readTree(Path.of("src/main/resources/dataset/caravan-dataset.yaml").toFile());
        List<ExtractionBenchmark.Article> articles = DevelopmentArticles.read(
                yaml.readTree(Path.of("src/test/resources/extraction/dev-articles.yaml").toFile()));
        assertTrue(articles.size() >= 15, "at least 15 articles");
        assertTargets(benchmark(dataset).accuracy(articles));
    }

    @Test
    void theBundledArticlesAreReadAtTheTargets() throws IOException {
        assertTrue(Files.isDirectory(SEEDS), "the bundled articles are at ../shared/seeds, beside the project");
        JsonNode dataset = new YAMLMapper().readTree(Path.of("src/main/resources/dataset/caravan-dataset.yaml").toFile());
        assertTargets(benchmark(dataset).accuracy(BundledArticles.read(dataset, SEEDS)));
    }
}
