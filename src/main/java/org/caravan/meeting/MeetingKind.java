package org.caravan.meeting;

public enum MeetingKind {
    MEETING,
    VISIT,
    CEREMONY,
    OPENING,
    LAUNCH,
    EXHIBITION,
    SUMMIT_DECISION
}
