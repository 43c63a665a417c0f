package org.caravan.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.caravan.trade.Flow;
import org.caravan.trade.Indicator;
import org.caravan.trade.Qualifier;
import org.caravan.trade.Unit;

/**
 * The extractor on sentences of real articles: the bundled ones (cited by their source id) and public news reports
 * (cited by their web address). Every expected value is worked out by hand from the sentence.
 */
class FigureExtractorTest {

    private static final PlaceNames PLACES = PlaceNames.of(Map.of("xinjiang", "Xinjiang Uygur Autonomous Region",
            "PK", "Pakistan", "KZ", "Kazakhstan", "KG", "Kyrgyzstan", "TJ", "Tajikistan", "CN", "China",
            "khorgos", "Khorgos port", "kashgar", "Kashgar Prefecture"));
    private static final FigureExtractor EXTRACTOR = new FigureExtractor(PLACES);

    private static List<FigureProposal> extract(String text, LocalDate publishedOn) {
        return EXTRACTOR.extract(text, publishedOn);
    }

    private static void assertValue(String expected, BigDecimal actual) {
        assertTrue(actual != null && new BigDecimal(expected).compareTo(actual) == 0, expected + " vs " + actual);
    }

    @Test
    void twoFiguresOfOneSentenceEachWithItsGrowthPeriodAndPlaces() {
        // xj-gb-customs-meeting-2023, published 2023-07-26
        String text = "Chinese side told that in 2022 total value of imports & export from Xingjiang to Pakistan was"
                + " RMB 2.92 billion, an increase of 248.2 percent year on year while in the first half of this year,"
                + " the import and export from Xingjiang to Pakistan was RMB 1.90 billion, a year-on-year increase of"
                + " 247.8 percent.";
        List<FigureProposal> figures = extract(text, LocalDate.of(2023, 7, 26));
        assertEquals(2, figures.size(), figures.toString());

        FigureProposal year = figures.get(0);
        assertEquals("RMB 2.92 billion", year.amount());
        assertEquals("RMB 2.92 billion", text.substring(year.start(), year.end()));
        assertEquals(text, text.substring(year.quoteStart(), year.quoteStart() + year.quote().length()));
        assertValue("2920000000", year.value());
        assertEquals(Unit.CNY, year.unit());
        assertEquals(Qualifier.EXACT, year.qualifier());
        assertValue("248.2", year.growthPercent());
        assertEquals("2022", year.periodText());
        assertEquals("xinjiang", year.reporterCode(), "'from Xingjiang to Pakistan': the first is the reporter");
        assertEquals("PK", year.partnerCode());
        assertEquals(Indicator.TRADE_VALUE, year.indicator());
        assertEquals(Flow.TOTAL, year.flow());

        FigureProposal half = figures.get(1);
        assertValue("1900000000", half.value());
        assertValue("247.8", half.growthPercent());
        assertEquals("2023-H1", half.periodText(), "'the first half of this year' in an article of 2023");
    }

    @Test
    void hedgingConversionInBracketsAndARateBeforeOrAfterItsAmount() {
        // kashgar-bonded-zone-growth-2023, reporting scenes of 4 November 2023
        String kashgar = "In the first three quarters of this year, the total value of foreign trade imports and exports"
                + " in Kashgar exceeded 61 billion yuan (about 8.39 billion U.S. dollars), an increase of 89.7 percent"
                + " year-on-year.";
        FigureProposal trade = extract(kashgar, LocalDate.of(2023, 11, 4)).get(0);
        assertValue("61000000000", trade.value());
        assertEquals(Qualifier.EXCEEDS, trade.qualifier());
        assertValue("89.7", trade.growthPercent());
        assertEquals("2023-Q1..Q3", trade.periodText());
        assertEquals("kashgar", trade.reporterCode());
        assertValue("8390000000", trade.converted().value());
        assertEquals(Unit.USD, trade.converted().unit());
        assertEquals(Qualifier.ABOUT, trade.converted().qualifier());

        // http://ecns.cn/business/2013/07-18/73670.shtml: the rate comes first, the amount after "reaching"
        String ecns = "The foreign trade of northwest China's Xinjiang Uygur Autonomous Region grew 6.6 percent year on"
                + " year in the first half of 2013, reaching 10.47 billion U.S. dollars, local authorities said on"
                + " Thursday.";
        List<FigureProposal> figures = extract(ecns, LocalDate.of(2013, 7, 18));
        assertEquals(1, figures.size(), figures.toString());
        assertValue("10470000000", figures.get(0).value());
        assertValue("6.6", figures.get(0).growthPercent());
        assertEquals("2013-H1", figures.get(0).periodText());
        assertEquals("xinjiang", figures.get(0).reporterCode(), "China's Xinjiang: the region, not the country");
    }

    @Test
    void respectivelyListsShareTheirUnitAndPairFiguresRatesAndPlaces() {
        // http://ecns.cn/business/2013/07-18/73670.shtml
        String amounts = "The foreign trade volume to the United States and Russia were 280 million and 220 million U.S."
                + " dollars, down 35.2 and 34.7 percent, respectively.";
        List<FigureProposal> figures = extract(amounts, LocalDate.of(2013, 7, 18));
        assertEquals(2, figures.size(), figures.toString());
        assertValue("280000000", figures.get(0).value());
        assertEquals(Unit.USD, figures.get(0).unit(), "the unit printed after the second amount");
        assertValue("-35.2", figures.get(0).growthPercent());
        assertEquals("the United States", figures.get(0).partnerName());
        assertValue("220000000", figures.get(1).value());
        assertValue("-34.7", figures.get(1).growthPercent());
        assertEquals("Russia", figures.get(1).partnerName());

        // https://newscentralasia.net/?p=39089: rates without their amounts, one proposal each, with its partner
        String rates = "In 2023, Xinjiang's trade with Kazakhstan, Kyrgyzstan, and Tajikistan increased by 70.8%, 25.8%,"
                + " and 93.4%, respectively.";
        List<FigureProposal> alone = extract(rates, LocalDate.of(2024, 1, 29));
        assertEquals(3, alone.size(), alone.toString());
        assertNull(alone.get(1).value());
        assertValue("25.8", alone.get(1).growthPercent());
        assertEquals(List.of("KZ", "KG", "TJ"), alone.stream().map(FigureProposal::partnerCode).toList());
        assertEquals(List.of("2023", "2023", "2023"), alone.stream().map(FigureProposal::periodText).toList());
    }

    @Test
    void britishSpellingTonnesAndCountsOfNamedThings() {
        // http://www.transitop.com/news-more.asp?ClassId=21&Unid=488 (undated: the period cannot be resolved)
        String text = "BORDER checkpoints in Xinjiang Autonomous Region on Sino-Kazakhstani border, posted a"
                + " year-on-year 40.69 per cent increase in import and export cargo to 674,000 tonnes in the first half"
                + " of the year, reports Xinhua.";
        List<FigureProposal> figures = extract(text, null);
        assertEquals(1, figures.size(), figures.toString());
        assertValue("674000", figures.get(0).value());
        assertEquals(Unit.TONNES, figures.get(0).unit());
        assertValue("40.69", figures.get(0).growthPercent());
        assertNull(figures.get(0).periodText(), "'the first half of the year' without a publication date");
        assertEquals(Indicator.CARGO_VOLUME, figures.get(0).indicator());

        // https://news.cgtn.com/news/2024-01-06/...: counts of trains, routes, cities and countries
        String trains = "The Khorgos Port, a border port in northwest China's Xinjiang Uygur Autonomous Region, handled a"
                + " record high of 7,762 China-Europe freight trains in 2023, up 9.8 percent year on year.";
        FigureProposal count = extract(trains, LocalDate.of(2024, 1, 6)).get(0);
        assertValue("7762", count.value());
        assertEquals(Unit.COUNT, count.unit());
        assertEquals("China-Europe freight trains", count.counted());
        assertEquals(Indicator.FREIGHT_TRAIN_COUNT, count.indicator());
        assertEquals("khorgos", count.reporterCode(), "'The Khorgos Port': a known place by its short name");
        assertEquals("2023", count.periodText(), "a year over at publication is the whole year");
    }

    @Test
    void numberWordsAreFiguresButGroupsYearsDatesAndOrdinalsAreNot() {
        // kashgar-cashes-in-2023 and http://en.chinaxinjiang.cn/2023/01/19/...
        String text = "URUMQI, Dec. 14 (Xinhua) -- Kashgar has five open land ports connecting eight countries, and"
                + " trade with the five Central Asian countries ranked first in 2022. Thirteen land ports have resumed"
                + " freight customs clearance.";
        List<FigureProposal> figures = extract(text, LocalDate.of(2023, 1, 19));
        assertEquals(List.of("five", "eight", "Thirteen"), figures.stream().map(FigureProposal::amount).toList());
        assertEquals(List.of(5, 8, 13), figures.stream().map(f -> f.value().intValueExact()).toList());
        assertEquals(List.of("open land ports", "countries", "land ports"),
                figures.stream().map(FigureProposal::counted).toList());
    }

    @Test
    void multiplesRangesAndTheSamePeriodLastYear() {
        // zhumangarin-ma-xingrui-urumqi-2023, published 2023-08-22
        String text = "Trade turnover between Kazakhstan and XUAR in January-June reached $8.5 billion, which is 87.3%"
                + " higher than in the same period last year ($4.5 billion). Imports to Kazakhstan from XUAR"
                + " experienced a 2.2-fold growth, reaching $6.2 billion.";
        List<FigureProposal> figures = extract(text, LocalDate.of(2023, 8, 22));
        assertEquals(3, figures.size(), figures.toString());
        assertValue("87.3", figures.get(0).growthPercent());
        assertEquals("2023-01..2023-06", figures.get(0).periodText());
        assertEquals("KZ", figures.get(0).reporterCode(), "'between Kazakhstan and XUAR': the first is the reporter");
        assertEquals("xinjiang", figures.get(0).partnerCode());
        assertValue("4500000000", figures.get(1).value());
        assertEquals("2022-01..2022-06", figures.get(1).periodText(), "the same period a year before");
        assertValue("2.2", figures.get(2).multiple());
        assertNull(figures.get(2).growthPercent());

        // https://english.news.cn/20231109/...: a range in words
        FigureProposal range = extract("Business revenue usually averaged 4 to 5 million yuan in previous years.",
                LocalDate.of(2023, 11, 9)).get(0);
        assertValue("4000000", range.value());
        assertValue("5000000", range.valueHigh());
        assertNull(range.periodText(), "'in previous years' names no period");
    }

    @Test
    void forecastsAndUpperBoundsKeepTheirHedging() {
        // kashgar-cashes-in-2023 and https://english.news.cn/20231109/...
        String text = "From January to August, Kashgar's total import and export value is expected to surpass 50"
                + " billion yuan. Less than 20 percent of the space was used; nearly 80 percent is now.";
        List<FigureProposal> figures = extract(text, LocalDate.of(2023, 9, 7));
        assertEquals(Qualifier.EXPECTED_TO_EXCEED, figures.get(0).qualifier());
        assertEquals("2023-01..2023-08", figures.get(0).periodText());
        assertEquals(Qualifier.LESS_THAN, figures.get(1).qualifier());
        assertEquals(Qualifier.NEARLY, figures.get(2).qualifier());
    }
}
