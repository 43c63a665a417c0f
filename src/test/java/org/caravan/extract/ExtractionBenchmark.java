package org.caravan.extract;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import org.caravan.period.Period;
import org.caravan.period.PeriodParser;

/**
 * How well the extractor reads real articles: recall, precision, verbatim quotes, the accuracy of unit, qualifier,
 * growth, period and reporter on the figures found, and milliseconds per article, on the five bundled articles (the
 * dataset is the answer key), on the development set of excerpts in src/test/resources/extraction and on each
 * held-out batch there (annotated before the extractor first read it). Run by
 * src/test/bench/extraction.sh; {@code --verbose} lists every miss and every proposal that matches no figure.
 */
public final class ExtractionBenchmark {

    /** A figure an article states, as the answer key has it. */
    record Expected(int start, int end, BigDecimal value, String unit, String qualifier, BigDecimal growth,
            BigDecimal multiple, String period, String reporter, String label) {
    }

    record Article(String name, String text, LocalDate publishedOn, List<Expected> figures) {
    }

    /** The counts a set's figures come from. */
    static final class Score {
        int articles;
        int stated;
        int proposals;
        int found;
        int correctProposals;
        int verbatim;
        int unit;
        int qualifier;
        int growth;
        int period;
        int reporter;
        long[] nanosPerArticle;

        static String percent(int part, int whole) {
            return whole == 0 ? "n/a" : String.format(Locale.ROOT, "%.1f%% (%d/%d)", 100.0 * part / whole, part, whole);
        }
    }

    private final PlaceNames places;
    private final FigureExtractor extractor;
    private final boolean verbose;

    ExtractionBenchmark(PlaceNames places, boolean verbose) {
        this.places = places;
        this.extractor = new FigureExtractor(places);
        this.verbose = verbose;
    }

    public static void main(String[] args) throws IOException {
        boolean verbose = Arrays.asList(args).contains("--verbose");
        Path seeds = Path.of(System.getProperty("caravan.seeds", "../shared/seeds"));
        JsonNode dataset = new YAMLMapper().readTree(Path.of("src/main/resources/dataset/caravan-dataset.yaml").toFile());
        JsonNode development = new YAMLMapper().readTree(Path.of("src/test/resources/extraction/dev-articles.yaml").toFile());
        Map<String, String> known = new LinkedHashMap<>();
        dataset.get("places").forEach(place -> known.put(place.get("code").asText(), place.get("name").asText()));
        ExtractionBenchmark benchmark = new ExtractionBenchmark(PlaceNames.of(known), verbose);

        List<Article> bundled = Files.isDirectory(seeds) ? BundledArticles.read(dataset, seeds) : List.of();
        List<Article> dev = DevelopmentArticles.read(development);
        System.out.println("# Figure extraction, " + LocalDate.now());
        if (bundled.isEmpty()) {
            System.out.println("bundled articles: " + seeds + " not found; skipped");
        } else {
            benchmark.print("bundled articles (answer key: the dataset)", benchmark.score(bundled));
        }
        benchmark.print("development set (src/test/resources/extraction/dev-articles.yaml)", benchmark.score(dev));
        try (var batches = Files.list(Path.of("src/test/resources/extraction/held-out"))) {
            for (Path batch : batches.sorted().toList()) {
                benchmark.print("held-out batch " + batch.getFileName() + " (annotated before the extractor first read it)",
                        benchmark.score(DevelopmentArticles.read(new YAMLMapper().readTree(batch.toFile()))));
            }
        }
    }

    Score score(List<Article> articles) {
        Score score = accuracy(articles);
        score.nanosPerArticle = time(articles);
        return score;
    }

    /** The measures of {@link #score} but the time. */
    Score accuracy(List<Article> articles) {
        Score score = new Score();
        score.articles = articles.size();
        for (Article article : articles) {
            List<FigureProposal> proposals = extractor.extract(article.text(), article.publishedOn());
            score.stated += article.figures().size();
            score.proposals += proposals.size();
            boolean[] used = new boolean[proposals.size()];
            for (Expected expected : article.figures()) {
                int match = matchOf(expected, proposals, used);
                if (match < 0) {
                    report(article, "MISSED", expected.label() + " " + expected);
                    continue;
                }
                used[match] = true;
                FigureProposal proposal = proposals.get(match);
                score.found++;
                score.correctProposals++;
                score.unit += count(expected.unit() == null || expected.unit().equals(String.valueOf(proposal.unit())),
                        article, "unit", expected, proposal.unit());
                score.qualifier += count(expected.qualifier().equals(proposal.qualifier().name()), article,
                        "qualifier", expected, proposal.qualifier());
                score.growth += count(same(expected.growth(), proposal.growthPercent())
                        && (expected.multiple() == null || same(expected.multiple(), proposal.multiple())), article,
                        "growth", expected, proposal.growthPercent() + " x" + proposal.multiple());
                score.period += count(samePeriod(expected.period(), proposal.periodText()), article, "period", expected,
                        proposal.periodText());
                score.reporter += count(sameReporter(expected.reporter(), proposal), article, "reporter", expected,
                        proposal.reporterName() + "/" + proposal.reporterCode());
            }
            for (int i = 0; i < proposals.size(); i++) {
                FigureProposal proposal = proposals.get(i);
                boolean verbatim = article.text().startsWith(proposal.quote(), proposal.quoteStart())
                        && article.text().substring(proposal.start(), proposal.end()).equals(proposal.amount())
                        && proposal.start() >= proposal.quoteStart()
                        && proposal.end() <= proposal.quoteStart() + proposal.quote().length();
                score.verbatim += verbatim ? 1 : 0;
                if (!used[i]) {
                    report(article, "EXTRA", "'" + proposal.amount() + "' " + proposal.value() + " " + proposal.unit()
                            + " growth " + proposal.growthPercent() + " in: " + proposal.quote());
                }
            }
        }
        return score;
    }

    /** The proposal whose amount overlaps the figure's and has its value (none for a rate given alone). */
    private static int matchOf(Expected expected, List<FigureProposal> proposals, boolean[] used) {
        for (int i = 0; i < proposals.size(); i++) {
            FigureProposal proposal = proposals.get(i);
            boolean overlaps = proposal.start() < expected.end() && proposal.end() > expected.start();
            if (!used[i] && overlaps && same(expected.value(), proposal.value())) {
                return i;
            }
        }
        return -1;
    }

    private long[] time(List<Article> articles) {
        for (int round = 0; round < 30; round++) {
            articles.forEach(article -> extractor.extract(article.text(), article.publishedOn()));
        }
        long[] nanos = new long[articles.size()];
        for (int a = 0; a < articles.size(); a++) {
            long[] rounds = new long[25];
            for (int round = 0; round < rounds.length; round++) {
                long start = System.nanoTime();
                extractor.extract(articles.get(a).text(), articles.get(a).publishedOn());
                rounds[round] = System.nanoTime() - start;
            }
            Arrays.sort(rounds);
            nanos[a] = rounds[rounds.length / 2];
        }
        return nanos;
    }

    private int count(boolean right, Article article, String field, Expected expected, Object actual) {
        if (!right) {
            report(article, "WRONG " + field, expected.label() + ": expected " + expected + ", got " + actual);
        }
        return right ? 1 : 0;
    }

    private void report(Article article, String what, String detail) {
        if (verbose) {
            System.out.println("  [" + article.name() + "] " + what + " " + detail);
        }
    }

    static boolean same(BigDecimal expected, BigDecimal actual) {
        return expected == null ? actual == null : actual != null && expected.compareTo(actual) == 0;
    }

    /** Equal periods; a year still running at publication ("2023-01-01..2023-11-04") counts as that year. */
    static boolean samePeriod(String expected, String actual) {
        if (expected == null || actual == null) {
            return Objects.equals(expected, actual);
        }
        Period a = PeriodParser.parse(expected, "expected");
        Period b = PeriodParser.parse(actual, "actual");
        if (a.start.equals(b.start) && a.end.equals(b.end)) {
            return true;
        }
        return a.start.equals(b.start) && a.start.getDayOfYear() == 1 && a.end.getYear() == b.end.getYear()
                && (a.end.getDayOfYear() >= 365 || b.end.getDayOfYear() >= 365);
    }

    /** The same known place, or the same name as printed (either containing the other: "Horgos", "Horgos port"). */
    boolean sameReporter(String expected, FigureProposal proposal) {
        if (expected == null) {
            return true;
        }
        String code = places.codeOf(expected);
        if (expected.equals(proposal.reporterCode()) || code != null && code.equals(proposal.reporterCode())) {
            return true;
        }
        if (proposal.reporterName() == null) {
            return false;
        }
        String a = expected.toLowerCase(Locale.ROOT);
        String b = proposal.reporterName().toLowerCase(Locale.ROOT);
        return a.contains(b) || b.contains(a);
    }

    void print(String title, Score score) {
        System.out.println();
        System.out.println("## " + title);
        System.out.println("articles            " + score.articles);
        System.out.println("figures stated      " + score.stated);
        System.out.println("proposals           " + score.proposals);
        System.out.println("recall              " + Score.percent(score.found, score.stated));
        System.out.println("precision           " + Score.percent(score.correctProposals, score.proposals));
        System.out.println("verbatim quotes     " + Score.percent(score.verbatim, score.proposals));
        System.out.println("unit                " + Score.percent(score.unit, score.found));
        System.out.println("qualifier           " + Score.percent(score.qualifier, score.found));
        System.out.println("growth              " + Score.percent(score.growth, score.found));
        System.out.println("period              " + Score.percent(score.period, score.found));
        System.out.println("reporter            " + Score.percent(score.reporter, score.found));
        long[] sorted = score.nanosPerArticle.clone();
        Arrays.sort(sorted);
        System.out.println(String.format(Locale.ROOT, "ms per article      median %.3f, slowest %.3f",
                sorted[sorted.length / 2] / 1e6, sorted[sorted.length - 1] / 1e6));
    }

    /** Dates as the bundled sources print them, for the articles the dataset dates by a caption. */
    static LocalDate dateOf(String printed) {
        for (String pattern : List.of("yyyy-MM-dd", "MMMM d, yyyy", "MMM d, yyyy")) {
            try {
                return LocalDate.parse(printed.replace("Sept ", "Sep "), DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH));
            } catch (DateTimeParseException e) {
                // the next pattern
            }
        }
        return null;
    }

    static List<Expected> sorted(List<Expected> figures) {
        List<Expected> copy = new ArrayList<>(figures);
        copy.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return copy;
    }
}
