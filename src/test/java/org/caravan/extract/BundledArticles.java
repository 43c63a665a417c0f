package org.caravan.extract;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The five bundled articles with the dataset as their answer key: every statistic of an article but its ranks (ranks
 * are not figures an extractor proposes), located by its quote and its amount as printed.
 */
final class BundledArticles {

    private BundledArticles() {
    }

    static List<ExtractionBenchmark.Article> read(JsonNode dataset, Path seeds) throws IOException {
        List<ExtractionBenchmark.Article> articles = new ArrayList<>();
        for (JsonNode source : dataset.get("sources")) {
            String text = normalised(Files.readString(seeds.resolve(source.get("seedFile").asText())));
            String flat = text.replace('\n', ' ');
            LocalDate publishedOn = source.has("publishedOn") ? LocalDate.parse(source.get("publishedOn").asText())
                    : ExtractionBenchmark.dateOf(source.get("datesInText").get(0).asText());
            List<ExtractionBenchmark.Expected> figures = new ArrayList<>();
            for (JsonNode statistic : dataset.get("statistics")) {
                if (statistic.get("source").asText().equals(source.get("id").asText())
                        && !"RANK".equals(statistic.get("unit").asText())) {
                    figures.add(expected(flat, statistic));
                }
            }
            articles.add(new ExtractionBenchmark.Article(source.get("id").asText(), text, publishedOn,
                    ExtractionBenchmark.sorted(figures)));
        }
        return articles;
    }

    /** Runs of spaces become one space, runs of blank lines one line break, as the dataset's quotes assume. */
    static String normalised(String text) {
        return text.replace("\r", "").replaceAll("[ \\t\\u00a0]*\\n[\\s]*", "\n").replaceAll("[ \\t\\u00a0]+", " ");
    }

    private static ExtractionBenchmark.Expected expected(String flat, JsonNode statistic) {
        String quote = statistic.get("quote").asText().replaceAll("\\s+", " ");
        int at = flat.indexOf(quote);
        if (at < 0) {
            at = flat.toLowerCase(Locale.ROOT).indexOf(quote.toLowerCase(Locale.ROOT));
        }
        if (at < 0) {
            throw new IllegalStateException("quote of " + statistic.get("id") + " not in its article");
        }
        String amount = text(statistic, "amount");
        String printed = text(statistic, "amountWords") != null ? text(statistic, "amountWords") : amount;
        if (printed == null) {
            printed = stripped(statistic.get("growthPercent").decimalValue());
        }
        int inQuote = quote.toLowerCase(Locale.ROOT).indexOf(printed.toLowerCase(Locale.ROOT));
        if (inQuote < 0) {
            throw new IllegalStateException("amount of " + statistic.get("id") + " not in its quote");
        }
        int start = at + inQuote;
        return new ExtractionBenchmark.Expected(start, start + printed.length(), amount == null ? null : valueOf(amount),
                text(statistic, "unit"), statistic.has("qualifier") ? statistic.get("qualifier").asText() : "EXACT",
                decimal(statistic, "growthPercent"), decimal(statistic, "multiple"), text(statistic, "period"),
                text(statistic, "reporter"), statistic.get("id").asText());
    }

    /** "2.92 billion" is 2920000000, "25-30" 25. */
    static BigDecimal valueOf(String amount) {
        String[] parts = amount.trim().split("\\s+");
        BigDecimal number = new BigDecimal(parts[0].split("-")[0].replace(",", ""));
        if (parts.length == 1) {
            return number;
        }
        return switch (parts[1]) {
            case "billion" -> number.movePointRight(9);
            case "million" -> number.movePointRight(6);
            case "thousand" -> number.movePointRight(3);
            default -> throw new IllegalArgumentException(amount);
        };
    }

    private static String stripped(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    private static BigDecimal decimal(JsonNode node, String field) {
        return node.hasNonNull(field) ? new BigDecimal(node.get(field).asText()) : null;
    }
}
