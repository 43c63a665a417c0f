package org.caravan.trade.currency;

import static org.caravan.trade.Figures.KASHGAR;
import static org.caravan.trade.Figures.KAZAKHSTAN;
import static org.caravan.trade.Figures.XINJIANG;
import static org.caravan.trade.Figures.figure;
import static org.caravan.trade.Figures.withConversion;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.caravan.error.CaravanException;
import org.caravan.error.ErrorCode;
import org.caravan.trade.Flow;
import org.caravan.trade.TradeStatistic;
import org.caravan.trade.Unit;
import org.junit.jupiter.api.Test;

class CurrencyConverterTest {

    private final TradeStatistic total = withConversion(
            figure("total", XINJIANG, null, Flow.TOTAL, "2022", "246 billion", Unit.CNY), "33.8 billion", Unit.USD);
    private final TradeStatistic centralAsia = withConversion(
            figure("central-asia", XINJIANG, KASHGAR, Flow.TOTAL, "2022", "119 billion", Unit.CNY), "16.3 billion", Unit.USD);
    private final TradeStatistic kazakhstan = figure("kz", KAZAKHSTAN, XINJIANG, Flow.TOTAL, "2023-H1", "8.5 billion",
            Unit.USD);

    @Test
    void usesTheFiguresOwnConversionFirst() {
        ConvertedAmount converted = CurrencyConverter.convert(centralAsia, Unit.USD, List.of(total, centralAsia));
        assertEquals(new BigDecimal("16300000000"), converted.value());
        assertFalse(converted.derived());
        assertSame(centralAsia, converted.rateStatedBy());
    }

    @Test
    void otherwiseTheMostPreciseConversionOfTheSameArticleInEitherDirection() {
        ConvertedAmount converted = CurrencyConverter.convert(kazakhstan, Unit.CNY, List.of(centralAsia, total, kazakhstan));
        // 33.8 billion hides less rounding than 16.3 billion: 8.5 x 246 / 33.8 = 61.86 billion CNY
        assertSame(total, converted.rateStatedBy());
        assertEquals(new BigDecimal("61860000000"), converted.value());
        assertEquals(new BigDecimal("7.278"), converted.rate());
        assertTrue(converted.derived());
    }

    @Test
    void neverInventsARate() {
        CaravanException error = assertThrows(CaravanException.class,
                () -> CurrencyConverter.convert(kazakhstan, Unit.CNY, List.of(kazakhstan)));
        assertEquals(ErrorCode.NO_STATED_CONVERSION, error.code());
    }
}
