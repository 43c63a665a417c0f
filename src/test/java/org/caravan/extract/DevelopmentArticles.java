package org.caravan.extract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** The development set: excerpts of real articles with the figures annotated by hand (dev-articles.yaml). */
final class DevelopmentArticles {

    private DevelopmentArticles() {
    }

    static List<ExtractionBenchmark.Article> read(JsonNode file) {
        List<ExtractionBenchmark.Article> articles = new ArrayList<>();
        for (JsonNode article : file.get("articles")) {
            String text = article.get("text").asText();
            List<ExtractionBenchmark.Expected> figures = new ArrayList<>();
            for (JsonNode figure : article.get("figures")) {
                figures.add(expected(article.get("url").asText(), text, figure));
            }
            LocalDate publishedOn = article.hasNonNull("publishedOn")
                    ? LocalDate.parse(article.get("publishedOn").asText()) : null;
            articles.add(new ExtractionBenchmark.Article(article.get("url").asText(), text, publishedOn,
                    ExtractionBenchmark.sorted(figures)));
        }
        return articles;
    }

    /** A figure located by its amount as printed (or its rate, for a rate given alone), the n-th time it is printed. */
    static ExtractionBenchmark.Expected expected(String url, String text, JsonNode figure) {
        boolean rateAlone = !figure.has("amount");
        String printed = (rateAlone ? figure.get("rate") : figure.get("amount")).asText();
        int occurrence = figure.has("occurrence") ? figure.get("occurrence").asInt() : 1;
        int at = -1;
        for (int n = 0; n < occurrence; n++) {
            at = text.indexOf(printed, at + 1);
        }
        if (at < 0) {
            throw new IllegalStateException("'" + printed + "' is not printed in " + url);
        }
        return new ExtractionBenchmark.Expected(at, at + printed.length(),
                rateAlone ? null : new BigDecimal(figure.get("value").asText()), text(figure, "unit"),
                figure.has("qualifier") ? figure.get("qualifier").asText() : "EXACT", decimal(figure, "growth"),
                decimal(figure, "multiple"), text(figure, "period"), text(figure, "reporter"), printed);
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    private static BigDecimal decimal(JsonNode node, String field) {
        return node.hasNonNull(field) ? new BigDecimal(node.get(field).asText()) : null;
    }
}
