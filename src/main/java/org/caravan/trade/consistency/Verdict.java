package org.caravan.trade.consistency;

import org.eclipse.microprofile.graphql.Description;

@Description("The result of a consistency check.")
public enum Verdict {
    @Description("The figures agree within the rounding of their printed digits")
    CONSISTENT,
    @Description("The figures cannot all be true, whatever the rounding")
    INCONSISTENT,
    @Description("The article's wording allows several readings; Caravan shows each")
    AMBIGUOUS
}
