package org.caravan.place;

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

    /** Like {@link #require} but lets a missing (null) argument through as null. */
    public static Place optional(String code, String argument) {
        return code == null ? null : require(code, argument);
    }
}
