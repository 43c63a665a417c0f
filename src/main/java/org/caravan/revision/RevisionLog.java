package org.caravan.revision;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Appends revisions. Callers run inside the transaction of the change, so both land or neither does. */
@ApplicationScoped
public class RevisionLog {

    public static final String BUNDLED_DATASET = "bundled dataset";

    @Inject
    ObjectMapper json;

    @Inject
    Event<DataChanged> changes;

    /** Keeps the state an entry had before its first edit, so no edit ever loses the original. */
    public void keepOriginal(String subjectType, String subjectId, Object original) {
        if (Revision.count("subjectType = ?1 and subjectId = ?2", subjectType, subjectId) == 0) {
            append(subjectType, subjectId, RevisionAction.IMPORTED, BUNDLED_DATASET, null, original);
        }
    }

    public Revision append(String subjectType, String subjectId, RevisionAction action, String author, String reason,
            Object state) {
        Revision revision = new Revision();
        revision.subjectType = subjectType;
        revision.subjectId = subjectId;
        revision.number = (int) Revision.count("subjectType = ?1 and subjectId = ?2", subjectType, subjectId) + 1;
        revision.action = action;
        revision.author = author;
        revision.recordedAt = OffsetDateTime.now(ZoneOffset.UTC);
        revision.reason = reason;
        try {
            revision.snapshot = json.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a revision snapshot of " + subjectId, e);
        }
        revision.persist();
        changes.fire(new DataChanged(subjectType, subjectId, action));
        return revision;
    }
}
