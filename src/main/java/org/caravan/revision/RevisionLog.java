package org.caravan.revision;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Appends revisions. Callers run inside the transaction of the change, so both land or neither does. */
@ApplicationScoped
public class RevisionLog {

    public static final String BUNDLED_DATASET = "bundled dataset";

    private static final String OF_ENTRY = "subjectType = ?1 and subjectId = ?2";

    @Inject
    ObjectMapper json;

    @Inject
    Event<DataChanged> changes;

    /** Revisions one request reads at most; a longer history is read in steps with {@code after}. */
    public static final int PAGE = 20;

    public static final String AFTER = "Only revisions numbered above this (0 when left out): a history longer than "
            + PAGE + " revisions is read " + PAGE + " at a time";

    public static final String LATEST = "The number of the latest revision, 0 for an entry never edited: the"
            + " expectedRevision of the next correction or retraction";

    /** For each entry, up to {@link #PAGE} of its revisions numbered above {@code after}, oldest first. */
    public static List<List<Revision>> of(String subjectType, List<String> subjectIds, Integer after) {
        Map<String, List<Revision>> byEntry = Revision.<Revision> list("subjectType = ?1 and subjectId in ?2"
                + " and number > ?3 order by subjectId, number", subjectType, subjectIds, after == null ? 0 : after)
                .stream().collect(Collectors.groupingBy(revision -> revision.subjectId));
        return subjectIds.stream().map(id -> byEntry.getOrDefault(id, List.of()))
                .map(revisions -> revisions.subList(0, Math.min(PAGE, revisions.size()))).toList();
    }

    /** For each entry, the number of its latest revision; 0 for one never edited. */
    public static List<Integer> latestNumbers(String subjectType, List<String> subjectIds) {
        Map<String, Integer> latest = Revision.getEntityManager().createQuery("select subjectId, max(number)"
                + " from Revision where subjectType = ?1 and subjectId in ?2 group by subjectId", Object[].class)
                .setParameter(1, subjectType).setParameter(2, subjectIds).getResultList().stream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> ((Number) row[1]).intValue()));
        return subjectIds.stream().map(id -> latest.getOrDefault(id, 0)).toList();
    }

    /** The number of the entry's latest revision; 0 when it has none. */
    static long latestNumber(String subjectType, String subjectId) {
        return Revision.count(OF_ENTRY, subjectType, subjectId);
    }

    /** Keeps the state an entry had before its first edit, so no edit ever loses the original. */
    public void keepOriginal(String subjectType, String subjectId, Object original) {
        if (latestNumber(subjectType, subjectId) == 0) {
            append(subjectType, subjectId, RevisionAction.IMPORTED, BUNDLED_DATASET, null, original);
        }
    }

    public Revision append(String subjectType, String subjectId, RevisionAction action, String author, String reason,
            Object state) {
        Revision revision = new Revision();
        revision.subjectType = subjectType;
        revision.subjectId = subjectId;
        revision.number = (int) latestNumber(subjectType, subjectId) + 1;
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
        changes.fire(new DataChanged(subjectType, subjectId, action, revision.id));
        return revision;
    }
}
