package org.caravan.meeting;

public enum OutcomeKind {
    AGREEMENT,
    COMMITMENT,
    PROPOSAL,
    REQUEST
}
