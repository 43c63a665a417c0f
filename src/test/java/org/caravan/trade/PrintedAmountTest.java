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
    void readsThousandsSeparators() {
        PrintedAmount amount = PrintedAmount.parse("1,234.5 million");
        // 1,234.5 x 1,000,000 = 1,234,500,000; the last printed digit is 0.1 million = 100,000
        assertEquals(new BigDecimal("1234500000"), amount.value());
        assertEquals(0, new BigDecimal("100000").compareTo(amount.resolution()));
        assertEquals(new BigDecimal("12345678"), PrintedAmount.parse("12,345,678").value());
        assertThrows(IllegalArgumentException.class, () -> PrintedAmount.parse("1,23 million"));
        assertThrows(IllegalArgumentException.class, () -> PrintedAmount.parse("12,3456"));
    }

    @Test
    void refusesARangeWhoseEndsAreReversed() {
        assertThrows(IllegalArgumentException.class, () -> PrintedAmount.parse("30-25"));
        assertEquals(new BigDecimal("25"), PrintedAmount.parse("25-25").high());
    }

    @Test
    void refusesAmountsTooLongToStore() {
        assertThrows(IllegalArgumentException.class, () -> PrintedAmount.parse("9".repeat(16) + " trillion"));
        assertThrows(IllegalArgumentException.class, () -> PrintedAmount.parse("1.1234567 billion"));
    }

    @Test
    void refusesWhatIsNotAnAmount() {
        assertThrows(IllegalArgumentException.class, () -> PrintedAmount.parse("about 5"));
        assertThrows(IllegalArgumentException.class, () -> PrintedAmount.parse("2.92 zillion"));
    }
}
