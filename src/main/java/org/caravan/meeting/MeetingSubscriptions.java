package org.caravan.meeting;

import jakarta.inject.Inject;

import org.caravan.revision.RecordedEntries;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.hibernate.Hibernate;

import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;

@GraphQLApi
public class MeetingSubscriptions {

    @Inject
    RecordedEntries recorded;

    @Subscription
    @Description("Each meeting an editor records, once it is committed (WebSocket at /graphql, graphql-transport-ws)")
    public Multi<@NonNull Meeting> meetingRecorded() {
        return recorded.of(MeetingMutations.SUBJECT, MeetingSubscriptions::loadWhole);
    }

    private static Meeting loadWhole(String id) {
        Meeting meeting = Meeting.findById(id);
        Hibernate.initialize(meeting.participants);
        Hibernate.initialize(meeting.topics);
        Hibernate.initialize(meeting.outcomes);
        Hibernate.initialize(meeting.places);
        return meeting;
    }
}
