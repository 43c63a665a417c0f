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

    private static final Pattern CARGO = Pattern.compile("\\b(cargo|freight volume|tonnes|tons)\\b");
    private static final Pattern TRADE = Pattern.compile("\\b(trade|import|export|turnover|foreign)\\w*");
    private static final Pattern ALTITUDE = Pattern.compile("\\b(altitude|elevation|above sea level|high)\\b");
    private static final Pattern TRAINS = Pattern.compile("\\btrains?\\b");
    private static final Pattern VEHICLES = Pattern.compile("\\b(vehicles|trucks|cars|units)\\b");
    private static final Pattern PASSENGERS = Pattern.compile("\\b(passengers|travell?ers|people|visitors)\\b");
    private static final Pattern ROUTES = Pattern.compile("\\b(routes|lines)\\b");
    private static final Pattern ENTERPRISES = Pattern.compile("\\b(enterprises|companies|firms)\\b");
    private static final Pattern EXHIBITION = Pattern.compile("\\b(exhibit|showcased|expo)\\w*");
    private static final Pattern EMPLOYEES = Pattern.compile("\\bemployees\\b");
    private static final Pattern PARTNERS = Pattern.compile("\\b(partners|regions)\\b");
    private static final Pattern TRADING_PARTNERS = Pattern.compile("\\btrading partners\\b");
    private static final Pattern ORDERS = Pattern.compile("\\borders\\b");
    private static final Pattern PORTS = Pattern.compile("\\bports\\b");
    private static final Pattern PROGRAMS = Pattern.compile("\\bprogram(me)?s\\b");
    private static final Pattern CASES = Pattern.compile("\\bcases\\b");
    private static final Pattern COUNTRIES = Pattern.compile("\\bcountries\\b");

    private FigureKinds() {
    }

    static Indicator indicatorOf(Unit unit, String counted, String clause, boolean rateOnly) {
        String words = ((counted == null ? "" : counted + " ") + clause).toLowerCase(Locale.ROOT);
        if (rateOnly) {
            return CARGO.matcher(words).find() ? Indicator.CARGO_VOLUME
                    : TRADE.matcher(words).find() ? Indicator.TRADE_VALUE
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
            case METRES -> ALTITUDE.matcher(words).find() ? Indicator.ALTITUDE
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
        if (TRAINS.matcher(counted).find()) {
            return Indicator.FREIGHT_TRAIN_COUNT;
        }
        if (VEHICLES.matcher(counted).find()) {
            return Indicator.VEHICLE_COUNT;
        }
        if (PASSENGERS.matcher(counted).find()) {
            return Indicator.PASSENGER_COUNT;
        }
        if (ROUTES.matcher(counted).find()) {
            return Indicator.ROUTE_COUNT;
        }
        if (ENTERPRISES.matcher(counted).find()) {
            return EXHIBITION.matcher(words).find() ? Indicator.EXHIBITOR_COUNT
                    : Indicator.ENTERPRISE_COUNT;
        }
        if (EMPLOYEES.matcher(counted).find()) {
            return Indicator.EMPLOYEE_COUNT;
        }
        if (PARTNERS.matcher(counted).find()
                || TRADING_PARTNERS.matcher(words).find()) {
            return Indicator.TRADING_PARTNER_COUNT;
        }
        if (ORDERS.matcher(counted).find()) {
            return Indicator.ORDER_COUNT;
        }
        if (PORTS.matcher(counted).find()) {
            return Indicator.LAND_PORT_COUNT;
        }
        if (PROGRAMS.matcher(counted).find()) {
            return Indicator.GOVERNMENT_PROGRAM_COUNT;
        }
        if (CASES.matcher(counted).find()) {
            return Indicator.CASE_COUNT;
        }
        if (COUNTRIES.matcher(counted).find()) {
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
