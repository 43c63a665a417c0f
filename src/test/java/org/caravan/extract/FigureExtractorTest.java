package org.caravan.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.caravan.trade.Qualifier;
import org.caravan.trade.Unit;

/**
 * The extractor on sentences of the bundled articles (a few each; the articles are cited by their source id, as the
 * bundled ones have no web address), against the figures an editor recorded from them in the dataset.
 */
class FigureExtractorTest {

    private static void assertValue(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), expected + " vs " + actual);
    }

    @Test
    void twoFiguresOfOneSentenceEachWithItsGrowthAndPeriod() {
        // xj-gb-customs-meeting-2023, published 2023-07-26
        String text = "Chinese side told that in 2022 total value of imports & export from Xingjiang to Pakistan was"
                + " RMB 2.92 billion, an increase of 248.2 percent year on year while in the first half of this year,"
                + " the import and export from Xingjiang to Pakistan was RMB 1.90 billion, a year-on-year increase of"
                + " 247.8 percent.";
        List<FigureProposal> figures = FigureExtractor.extract(text, LocalDate.of(2023, 7, 26));
        assertEquals(2, figures.size(), figures.toString());

        FigureProposal year = figures.get(0);
        assertEquals("RMB 2.92 billion", year.amount());
        assertEquals("RMB 2.92 billion", text.substring(year.start(), year.end()));
        assertValue("2920000000", year.value());
        assertEquals(Unit.CNY, year.unit());
        assertEquals(Qualifier.EXACT, year.qualifier());
        assertValue("248.2", year.growthPercent());
        assertEquals("2022", year.period());
        assertEquals(text, year.quote());

        FigureProposal half = figures.get(1);
        assertValue("1900000000", half.value());
        assertValue("247.8", half.growthPercent());
        assertEquals("2023-H1", half.period(), "'the first half of this year' in an article of 2023");
    }

    @Test
    void anAmountWithItsHedgingItsConversionInBracketsAndItsGrowth() {
        // kashgar-bonded-zone-growth-2023, undated, reporting scenes of 4 November 2023
        String text = "In the first three quarters of this year, the total value of foreign trade imports and exports"
                + " in Kashgar exceeded 61 billion yuan (about 8.39 billion U.S. dollars), an increase of 89.7 percent"
                + " year-on-year.";
        List<FigureProposal> figures = FigureExtractor.extract(text, LocalDate.of(2023, 11, 4));
        assertEquals(1, figures.size(), figures.toString());
        FigureProposal trade = figures.get(0);
        assertValue("61000000000", trade.value());
        assertEquals(Unit.CNY, trade.unit());
        assertEquals(Qualifier.EXCEEDS, trade.qualifier());
        assertValue("89.7", trade.growthPercent());
        assertEquals("2023-Q1..Q3", trade.period());
        assertValue("8390000000", trade.converted().value());
        assertEquals(Unit.USD, trade.converted().unit());
        assertEquals(Qualifier.ABOUT, trade.converted().qualifier());
    }

    @Test
    void countsAreFiguresYearsAndDaysOfDatesAreNot() {
        // kashgar-bonded-zone-growth-2023
        String text = "On Sept 7, 2023 the company was visited. The number of employees in the company has expanded"
                + " from the initial 6 to more than 100 now.";
        List<FigureProposal> figures = FigureExtractor.extract(text, null);
        assertEquals(2, figures.size(), figures.toString());
        assertValue("6", figures.get(0).value());
        assertEquals(Unit.COUNT, figures.get(0).unit());
        assertEquals(Qualifier.EXACT, figures.get(0).qualifier());
        assertValue("100", figures.get(1).value());
        assertEquals(Qualifier.MORE_THAN, figures.get(1).qualifier());
        assertNull(figures.get(1).growthPercent());
        assertNull(figures.get(1).period());
    }
}
