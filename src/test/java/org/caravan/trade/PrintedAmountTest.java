package org.caravan.trade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class PrintedAmountTest {

    @Test
    void turnsBillionsIntoFullAmountsAndKeepsThePrintedPrecision() {
        PrintedAmount amount = PrintedAmount.parse("2.92 billion");
        assertEquals(new BigDecimal("2920000000"), amount.value());
        assertEquals(0, new BigDecimal("10000000").compareTo(amount.resolution()));
        assertNull(amount.high());
        assertEquals(0, new BigDecimal("1000000000").compareTo(PrintedAmount.parse("246 billion").resolution()));
        assertEquals(new BigDecimal("343750000"), PrintedAmount.parse("343.75 million").value());
    }

    @Test
    void keepsBothEndsOfARange() {
        PrintedAmount amount = PrintedAmount.parse("25-30");
        assertEquals(new BigDecimal("25"), amount.value());
        assertEquals(new BigDecimal("30"), amount.high());
    }

    @Test
    void trailingZerosArePrecisionNotNoise() {
        assertEquals(0, new BigDecimal("0.01e9").compareTo(PrintedAmount.parse("1.90 billion").resolution()));
    }

    @Test
    void refusesWhatIsNotAnAmount() {
        assertThrows(IllegalArgumentException.class, () -> PrintedAmount.parse("about 5"));
        assertThrows(IllegalArgumentException.class, () -> PrintedAmount.parse("2.92 zillion"));
    }
}
