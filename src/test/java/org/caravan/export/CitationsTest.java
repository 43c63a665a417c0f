package org.caravan.export;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.caravan.GraphQL;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/** A figure can be cited: its article as CSL-JSON or BibTeX, over GraphQL and as a download for a filter. */
@QuarkusTest
public class CitationsTest {

    @Test
    void theDownloadsListEachArticleBehindTheFilterOnce() throws Exception {
        Set<String> articles = new TreeSet<>();
        ExportsTest.graphQLNodes(Map.of("reporter", "kashgar")).forEach(
                node -> articles.add((String) ((Map<?, ?>) ((Map<?, ?>) node.get("citation")).get("source")).get("id")));

        JsonNode csl = new ObjectMapper().readTree(given().get("/export/citations.json?reporter=kashgar").then()
                .statusCode(200).header("Content-Type", startsWith("application/vnd.citationstyles.csl+json"))
                .extract().asString());
        Set<String> cslIds = new TreeSet<>();
        csl.forEach(item -> {
            cslIds.add(item.get("id").asText());
            assertEquals("article-newspaper", item.get("type").asText());
            assertTrue(item.hasNonNull("title"));
        });
        assertEquals(articles, cslIds);

        String bib = given().get("/export/citations.bib?reporter=kashgar").then().statusCode(200)
                .header("Content-Type", startsWith("application/x-bibtex")).extract().asString();
        Set<String> keys = new TreeSet<>();
        Matcher entry = Pattern.compile("@(?:article|misc)\\{([^,]+),").matcher(bib);
        while (entry.find()) {
            keys.add(entry.group(1));
        }
        assertEquals(articles, keys);
        assertEquals(count(bib, '{'), count(bib, '}'), "balanced braces");
    }

    @Test
    void aPagesBibliographyHasOneEntryPerArticleThatItsFiguresPointTo() throws Exception {
        ExtractableResponse<Response> answer = GraphQL.post("{ statistics(filter: {reporter: \"kashgar\"}, first: 100) {"
                + " edges { node { id citation { source { id publishedOn datingNote } } } }"
                + " csl: bibliography(format: CSL_JSON) bib: bibliography(format: BIBTEX) } }").extract();
        List<Map<String, Object>> edges = answer.path("data.statistics.edges");
        // Worked out from the page itself: the articles in the order they first appear, and each one's figures.
        Map<String, List<String>> figuresByArticle = new java.util.LinkedHashMap<>();
        Map<String, String> datingNotes = new java.util.HashMap<>();
        for (Map<String, Object> edge : edges) {
            Map<?, ?> node = (Map<?, ?>) edge.get("node");
            Map<?, ?> source = (Map<?, ?>) ((Map<?, ?>) node.get("citation")).get("source");
            String article = (String) source.get("id");
            figuresByArticle.computeIfAbsent(article, id -> new java.util.ArrayList<>()).add((String) node.get("id"));
            if (source.get("publishedOn") == null) {
                datingNotes.put(article, (String) source.get("datingNote"));
            }
        }
        assertTrue(edges.size() > figuresByArticle.size(), "several figures share an article on this page");

        JsonNode csl = new ObjectMapper().readTree(answer.<String> path("data.statistics.csl"));
        assertEquals(figuresByArticle.size(), csl.size());
        int i = 0;
        for (Map.Entry<String, List<String>> article : figuresByArticle.entrySet()) {
            JsonNode item = csl.get(i++);
            assertEquals(article.getKey(), item.get("id").asText());
            // An undated article's entry says how it was dated, as every entry of Caravan's bibliographies does.
            String dating = datingNotes.containsKey(article.getKey()) ? ". " + datingNotes.get(article.getKey()) : "";
            assertEquals("Cited for the figures " + String.join(", ", article.getValue()) + dating,
                    item.get("note").asText());
        }
        String bib = answer.path("data.statistics.bib");
        List<String> keys = new java.util.ArrayList<>();
        Matcher entry = Pattern.compile("@(?:article|misc)\\{([^,]+),").matcher(bib);
        while (entry.find()) {
            keys.add(entry.group(1));
        }
        assertEquals(List.copyOf(figuresByArticle.keySet()), keys);
    }

    @Test
    void aFigureIsCitedByItsArticleWithItsExactWords() throws Exception {
        ExtractableResponse<Response> answer = GraphQL.post("{ statistic(id: \"xinjiang-pakistan-trade-2022\") {"
                + " csl: citeAs(format: CSL_JSON) bib: citeAs(format: BIBTEX)"
                + " citation { quote source { title publishedOn byline } } } }").extract();
        String quote = answer.path("data.statistic.citation.quote");
        String title = answer.path("data.statistic.citation.source.title");
        String published = answer.path("data.statistic.citation.source.publishedOn");

        JsonNode item = new ObjectMapper().readTree(answer.<String> path("data.statistic.csl")).get(0);
        assertEquals("xinjiang-pakistan-trade-2022", item.get("id").asText());
        assertEquals(title, item.get("title").asText());
        assertEquals(answer.<String> path("data.statistic.citation.source.byline"), item.get("author").get(0).get("literal").asText());
        List<Integer> dateParts = List.of(item.get("issued").get("date-parts").get(0).get(0).asInt(),
                item.get("issued").get("date-parts").get(0).get(1).asInt(), item.get("issued").get("date-parts").get(0).get(2).asInt());
        assertEquals(published, String.format("%04d-%02d-%02d", dateParts.get(0), dateParts.get(1), dateParts.get(2)));
        assertTrue(item.get("note").asText().contains(quote), item.get("note").asText());

        String bib = answer.path("data.statistic.bib");
        assertTrue(bib.startsWith("@misc{xinjiang-pakistan-trade-2022,"), bib);
        assertTrue(bib.contains("date = {" + published + "}"), bib);
        // The quote's "&" is a TeX special character.
        assertTrue(quote.contains("&"), quote);
        assertTrue(bib.contains(quote.replace("&", "\\&")), bib);
    }

    @Test
    void aTitleCaravanWroteIsBracketedAndAnUndatedArticleSaysHowItWasDated() throws Exception {
        List<Map<String, Object>> sources = GraphQL.post("{ sources { title titleWrittenByCaravan publishedOn datingNote"
                + " citeAs(format: CSL_JSON) } }").extract().path("data.sources");
        for (Map<String, Object> source : sources) {
            JsonNode item = new ObjectMapper().readTree((String) source.get("citeAs")).get(0);
            String title = (String) source.get("title");
            assertEquals(Boolean.TRUE.equals(source.get("titleWrittenByCaravan")) ? "[" + title + "]" : title,
                    item.get("title").asText());
            if (source.get("publishedOn") == null) {
                assertEquals(source.get("datingNote"), item.get("note").asText());
                assertTrue(item.path("issued").isMissingNode());
            }
        }
        assertTrue(sources.stream().anyMatch(source -> Boolean.TRUE.equals(source.get("titleWrittenByCaravan"))));
        assertTrue(sources.stream().anyMatch(source -> source.get("publishedOn") == null));
    }

    private static long count(String text, char c) {
        return text.chars().filter(ch -> ch == c).count();
    }
}
