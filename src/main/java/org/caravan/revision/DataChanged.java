package org.caravan.revision;

/**
 * Fired inside the transaction of every write, once per revision it adds; observers that serve copies of the data
 * listen after it ends.
 */
public record DataChanged(String subjectType, String subjectId, RevisionAction action, long revisionId) {
}
