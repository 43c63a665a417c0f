package org.caravan.trade;

import org.eclipse.microprofile.graphql.Description;

@Description("Direction of a trade figure, seen from the reporter.")
public enum Flow {
    @Description("Imports and exports together")
    TOTAL,
    @Description("Goods leaving the reporter")
    EXPORT,
    @Description("Goods arriving at the reporter")
    IMPORT;

    /** The same goods seen from the partner's side: A's exports to B are B's imports from A. */
    public Flow mirror() {
        return switch (this) {
            case TOTAL -> TOTAL;
            case EXPORT -> IMPORT;
            case IMPORT -> EXPORT;
        };
    }
}
