package org.caravan.place;

import java.util.Locale;

import org.caravan.error.CaravanException;
import org.caravan.error.ErrorCode;

/** The one place that turns a code given by a client into a {@link Place}, or a clear error. */
public final class Places {

    private Places() {
    }

    public static Place require(String code, String argument) {
        return Place.findByCode(code).orElseThrow(() -> new CaravanException(ErrorCode.UNKNOWN_PLACE, argument,
                "No place has the code '" + code + "'. The query 'places' lists the known codes."));
    }

    /**
     * Refuses a code that another place has already, ignoring case ("pk" would shadow Pakistan's "PK"), and an
     * ISO alpha-3 code another place has. {@code self} is the place being corrected, or null for a new one.
     */
    public static void requireUniqueCodes(String code, String iso3, String self) {
        Place sameCode = Place.find("lower(code) = ?1", code.toLowerCase(Locale.ROOT)).firstResult();
        if (sameCode != null && !sameCode.code.equals(self)) {
            throw new CaravanException(ErrorCode.DUPLICATE_ID, "input.code", "'" + code + "' is taken by '"
                    + sameCode.code + "' (codes are compared ignoring case); correct that place instead.");
        }
        if (iso3 != null) {
            Place sameIso = Place.find("upper(iso3) = ?1", iso3.toUpperCase(Locale.ROOT)).firstResult();
            if (sameIso != null && !sameIso.code.equals(self)) {
                throw new CaravanException(ErrorCode.DUPLICATE_ID, "input.iso3", "The ISO code '" + iso3
                        + "' belongs to '" + sameIso.code + "' already.");
            }
        }
    }

    /** Like {@link #require} but lets a missing (null) argument through as null. */
    public static Place optional(String code, String argument) {
        return code == null ? null : require(code, argument);
    }
}
