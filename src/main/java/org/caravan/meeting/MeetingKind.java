package org.caravan.meeting;

import org.eclipse.microprofile.graphql.Description;

@Description("What sort of event a meeting was.")
public enum MeetingKind {
    @Description("Talks between officials")
    MEETING,
    @Description("A visit by an official or a delegation")
    VISIT,
    @Description("A signing or award ceremony")
    CEREMONY,
    @Description("The opening of a port, zone, route or office")
    OPENING,
    @Description("The launch of a service, route or programme")
    LAUNCH,
    @Description("A trade fair or exhibition")
    EXHIBITION,
    @Description("A decision announced at a summit")
    SUMMIT_DECISION
}
