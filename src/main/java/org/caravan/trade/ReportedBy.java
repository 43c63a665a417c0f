package org.caravan.trade;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("ReportedBy")
@Description("Whose figures describe a flow between a reporter and a partner. Trade is recorded by both sides: A's"
        + " exports to B are B's imports from A (its mirror figure), and the two rarely agree exactly.")
public enum ReportedBy {
    @Description("The reporter's own figures (the default)")
    REPORTER,
    @Description("Only the partner's mirror figures: reporter and partner swapped, EXPORT read as the partner's IMPORT")
    PARTNER,
    @Description("Both: the reporter's figures and the partner's mirror figures, each edge marked mirror or not")
    EITHER;

    boolean readsReporterSide() {
        return this != PARTNER;
    }

    boolean readsPartnerSide() {
        return this != REPORTER;
    }
}
