package org.caravan.meeting;

import org.eclipse.microprofile.graphql.Description;

@Description("What sort of result a meeting had.")
public enum OutcomeKind {
    @Description("Both sides agreed")
    AGREEMENT,
    @Description("One side committed itself")
    COMMITMENT,
    @Description("One side proposed")
    PROPOSAL,
    @Description("One side asked the other")
    REQUEST
}
