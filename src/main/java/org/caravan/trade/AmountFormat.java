package org.caravan.trade;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Writes full amounts the way the articles do: 2920000000 CNY as "2.92 billion CNY". */
public final class AmountFormat {

    private static final BigDecimal BILLION = new BigDecimal("1e9");
    private static final BigDecimal MILLION = new BigDecimal("1e6");

    private AmountFormat() {
    }

    public static String format(BigDecimal value, Unit unit) {
        if (value == null) {
            return null;
        }
        BigDecimal magnitude = value.abs();
        String number;
        if (unit.isMoney() && magnitude.compareTo(BILLION) >= 0) {
            number = plain(value.divide(BILLION)) + " billion";
        } else if (unit.isMoney() && magnitude.compareTo(MILLION) >= 0) {
            number = plain(value.divide(MILLION)) + " million";
        } else {
            number = plain(value);
        }
        return number + " " + unit.name();
    }

    /** Rounds to four significant digits: derived figures should not look more precise than their inputs. */
    public static BigDecimal fourSignificantDigits(BigDecimal value) {
        return normalised(value.round(new MathContext(4, RoundingMode.HALF_EVEN)));
    }

    /** Drops the trailing zeros a numeric column adds (2920000000.000000), without turning to 2.92E+9. */
    public static BigDecimal normalised(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
