package org.caravan.synthetic;

import static org.caravan.synthetic.SyntheticDataGenerator.FIRST_MONTH;
import static org.caravan.synthetic.SyntheticDataGenerator.FLOWS;
import static org.caravan.synthetic.SyntheticDataGenerator.MONTHS;
import static org.caravan.synthetic.SyntheticDataGenerator.PARTNERS;

import java.time.YearMonth;

/**
 * The n-th synthetic statistic: the same n always gives the same figure. Flows vary fastest, then months,
 * then partners, then ports, so any count fills whole port-partner series month by month.
 */
record SyntheticFigure(String id, String reporter, String partner, String flow, YearMonth month, long value) {

    static SyntheticFigure number(int n) {
        String flow = FLOWS.get(n % FLOWS.size());
        int month = n / FLOWS.size() % MONTHS;
        int partner = n / (FLOWS.size() * MONTHS) % PARTNERS;
        int port = n / (FLOWS.size() * MONTHS * PARTNERS);
        YearMonth yearMonth = FIRST_MONTH.plusMonths(month);
        String reporter = SyntheticDataGenerator.port(port);
        String partnerCode = SyntheticDataGenerator.partner(partner);
        // A trend with a seasonal swing and a spread between partners: growth figures come out varied.
        long base = 10_000_000L * (partner + 1) * (port % 7 + 1);
        long total = (base + base * month / 100 + (long) (base * 0.1 * Math.sin(month * Math.PI / 6))) / 10 * 10;
        // Exports and imports add up to the total, as real figures would.
        long value = switch (flow) {
            case "EXPORT" -> total / 10 * 6;
            case "IMPORT" -> total / 10 * 4;
            default -> total;
        };
        return new SyntheticFigure("synthetic-" + reporter.substring(10) + "-" + partnerCode.substring(10) + "-"
                + yearMonth + "-" + flow.toLowerCase(), reporter, partnerCode, flow, yearMonth, value);
    }
}
