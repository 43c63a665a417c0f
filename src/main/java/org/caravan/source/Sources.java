package org.caravan.source;

import java.util.List;

import org.caravan.error.CaravanException;
import org.caravan.error.ErrorCode;

/**
 * The sources store: its queries, and "in force" (not retracted) decided once. It is also the one place that turns
 * a source id given by a client into a {@link Source}, or a clear error.
 */
public final class Sources {

    private Sources() {
    }

    public static List<Source> inForce() {
        return Source.list("retracted = false order by id");
    }

    public static Source require(String id, String argument) {
        Source source = id == null ? null : Source.findById(id);
        if (source == null) {
            throw new CaravanException(ErrorCode.UNKNOWN_SOURCE, argument,
                    "No source has the id '" + id + "'. The query 'sources' lists them.");
        }
        return source;
    }
}
