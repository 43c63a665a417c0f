package org.caravan.extract;

import java.util.Locale;
import java.util.regex.Pattern;

import org.caravan.trade.Flow;
import org.caravan.trade.Indicator;
import org.caravan.trade.Unit;

/**
 * What a proposed figure measures, guessed from its unit, what it counts and the words of its clause: money is a
 * trade value (or e-commerce, or orders), tonnes a cargo volume, trains, vehicles, passengers, routes, enterprises
 * and partners their counts. Always a guess for the editor to confirm.
 */
final class FigureKinds {

    private static final Pattern TOTAL = Pattern.compile("(?i)imports? (?:and|&) exports?|exports? (?:and|&) imports?"
            + "|import-export|trade"
            + "|turnover|two[- ]way");

    private FigureKinds() {
    }

    static Indicator indicatorOf(Unit unit, String counted, String clause, boolean rateOnly) {
        String words = ((counted == null ? "" : counted + " ") + clause).toLowerCase(Locale.ROOT);
        if (rateOnly) {
            return words.matches("(?s).*\\b(cargo|freight volume|tonnes|tons)\\b.*") ? Indicator.CARGO_VOLUME
                    : words.matches("(?s).*\\b(trade|import|export|turnover|foreign)\\w*.*") ? Indicator.TRADE_VALUE
                    : null;
        }
        if (unit == null) {
            return null;
        }
        return switch (unit) {
            case CNY, USD -> words.contains("e-commerce") ? Indicator.CROSS_BORDER_ECOMMERCE_VALUE
                    : words.contains("orders") ? Indicator.ORDERS_VALUE : Indicator.TRADE_VALUE;
            case PERCENT, PERCENTAGE_POINTS -> Indicator.SHARE_OF_TRADE;
            case TONNES -> Indicator.CARGO_VOLUME;
            case KM -> Indicator.DISTANCE;
            case METRES -> words.matches("(?s).*\\b(altitude|elevation|above sea level|high)\\b.*") ? Indicator.ALTITUDE
                    : Indicator.DISTANCE;
            case KM2 -> Indicator.AREA;
            case MINUTES, HOURS -> words.contains("clear") ? Indicator.CUSTOMS_CLEARANCE_TIME : null;
            case COUNT -> countOf(headOf(counted), words);
            default -> null;
        };
    }

    /** The noun a count counts: "routes" of "China-Europe freight train transport routes". */
    private static String headOf(String counted) {
        if (counted == null) {
            return "";
        }
        String[] words = counted.toLowerCase(Locale.ROOT).split("\\s+");
        return words[words.length - 1];
    }

    private static Indicator countOf(String counted, String words) {
        if (counted.matches(".*\\btrains?\\b.*")) {
            return Indicator.FREIGHT_TRAIN_COUNT;
        }
        if (counted.matches(".*\\b(vehicles|trucks|cars|units)\\b.*")) {
            return Indicator.VEHICLE_COUNT;
        }
        if (counted.matches(".*\\b(passengers|travell?ers|people|visitors)\\b.*")) {
            return Indicator.PASSENGER_COUNT;
        }
        if (counted.matches(".*\\b(routes|lines)\\b.*")) {
            return Indicator.ROUTE_COUNT;
        }
        if (counted.matches(".*\\b(enterprises|companies|firms)\\b.*")) {
            return words.matches("(?s).*\\b(exhibit|showcased|expo)\\w*.*") ? Indicator.EXHIBITOR_COUNT
                    : Indicator.ENTERPRISE_COUNT;
        }
        if (counted.matches(".*\\bemployees\\b.*")) {
            return Indicator.EMPLOYEE_COUNT;
        }
        if (counted.matches(".*\\b(partners|regions)\\b.*")
                || words.matches("(?s).*\\btrading partners\\b.*")) {
            return Indicator.TRADING_PARTNER_COUNT;
        }
        if (counted.matches(".*\\borders\\b.*")) {
            return Indicator.ORDER_COUNT;
        }
        if (counted.matches(".*\\bports\\b.*")) {
            return Indicator.LAND_PORT_COUNT;
        }
        if (counted.matches(".*\\bprogram(me)?s\\b.*")) {
            return Indicator.GOVERNMENT_PROGRAM_COUNT;
        }
        if (counted.matches(".*\\bcases\\b.*")) {
            return Indicator.CASE_COUNT;
        }
        if (counted.matches(".*\\bcountries\\b.*")) {
            return Indicator.CONNECTED_COUNTRY_COUNT;
        }
        return Indicator.OTHER_COUNT;
    }

    /** Imports, exports or both, for money and its growth; null for anything else. */
    static Flow flowOf(Indicator indicator, String clause) {
        if (indicator != Indicator.TRADE_VALUE) {
            return null;
        }
        String words = clause.toLowerCase(Locale.ROOT);
        if (TOTAL.matcher(words).find()) {
            return Flow.TOTAL;
        }
        if (words.contains("export")) {
            return Flow.EXPORT;
        }
        return words.contains("import") ? Flow.IMPORT : Flow.TOTAL;
    }

    /** "Xinjiang's imports and exports with Pakistan", "China-Europe freight trains (Khorgos Port)". */
    static String describe(FigureProposal figure) {
        String place = figure.reporterName() == null ? "" : figure.reporterName();
        String with = figure.partnerName() == null ? "" : " with " + figure.partnerName();
        Indicator indicator = figure.indicator();
        if (indicator == Indicator.TRADE_VALUE) {
            String flow = figure.flow() == Flow.EXPORT ? "exports" : figure.flow() == Flow.IMPORT ? "imports"
                    : "imports and exports";
            String what = place.isEmpty() ? flow : place + "'s " + flow;
            return capitalized(figure.value() == null ? "growth of " + what : what) + with;
        }
        String counted = figure.counted() != null ? figure.counted()
                : indicator == null ? "Figure" : capitalized(indicator.name().toLowerCase(Locale.ROOT).replace('_', ' '));
        return capitalized(counted) + (place.isEmpty() ? "" : " (" + place + ")") + with;
    }

    private static String capitalized(String words) {
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
