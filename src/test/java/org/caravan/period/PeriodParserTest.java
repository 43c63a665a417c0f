package org.caravan.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.caravan.error.CaravanException;
import org.caravan.error.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodParserTest {

    @ParameterizedTest
    @CsvSource({
            "2022, 2022-01-01, 2022-12-31, YEAR",
            "2023-H1, 2023-01-01, 2023-06-30, HALF",
            "2023-H2, 2023-07-01, 2023-12-31, HALF",
            "2023-Q3, 2023-07-01, 2023-09-30, QUARTER",
            "2023-Q1..Q3, 2023-01-01, 2023-09-30, QUARTERS",
            "2024-02, 2024-02-01, 2024-02-29, MONTH",
            "2023-01..2023-07, 2023-01-01, 2023-07-31, MONTHS_TO_DATE",
            "2023-03..2023-05, 2023-03-01, 2023-05-31, MONTHS",
            "2023-08-14..2023-08-20, 2023-08-14, 2023-08-20, DAYS" })
    void readsEveryForm(String text, LocalDate start, LocalDate end, Granularity granularity) {
        Period period = PeriodParser.parse(text, "period");
        assertEquals(start, period.start);
        assertEquals(end, period.end);
        assertEquals(granularity, period.granularity);
        assertEquals(text, period.label);
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "22", "2023-H3", "2023-Q5", "2023-Q3..Q1", "2023-13", "2023-07..2023-01",
            "2023-02-30..2023-03-01", "last year", "2023-06-30..2023-01-01" })
    void refusesMalformedPeriodsWithAStableCode(String text) {
        CaravanException error = assertThrows(CaravanException.class, () -> PeriodParser.parse(text, "filter.period"));
        assertEquals(ErrorCode.INVALID_PERIOD, error.code());
        assertEquals("filter.period", error.getExtensions().get("argument"));
    }

    @Test
    void comparesOnlyPeriodsOfTheSameShape() {
        Period h1of2022 = PeriodParser.parse("2022-H1", "p");
        Period h1of2023 = PeriodParser.parse("2023-H1", "p");
        Period year2022 = PeriodParser.parse("2022", "p");
        Period q1q3 = PeriodParser.parse("2023-Q1..Q3", "p");
        assertTrue(h1of2022.hasSameShapeAs(h1of2023));
        assertFalse(year2022.hasSameShapeAs(h1of2023));
        assertFalse(q1q3.hasSameShapeAs(h1of2023));
        assertFalse(Period.unspecified().hasSameShapeAs(Period.unspecified()));
        assertEquals(1, h1of2022.yearsUntil(h1of2023));
    }

    @Test
    void yearBeforeKeepsTheShapeAndRelabels() {
        Period previous = PeriodParser.parse("2023-01..2023-07", "p").yearBefore();
        assertEquals(LocalDate.of(2022, 1, 1), previous.start);
        assertEquals(LocalDate.of(2022, 7, 31), previous.end);
        assertEquals("2022-01..2022-07", previous.label);
        assertEquals("2023-H2", PeriodParser.parse("2024-H2", "p").yearBefore().label);
    }
}
