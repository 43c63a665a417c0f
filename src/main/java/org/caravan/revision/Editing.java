package org.caravan.revision;

import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import jakarta.validation.Validator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;

import org.caravan.error.CaravanException;
import org.caravan.error.ErrorCode;
import org.caravan.error.InputValidation;
import org.caravan.relay.Nodes;
import org.caravan.security.Editors;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The steps every edit takes, whatever it edits: check the caller and the input first, then write the
 * change and its revision in the caller's transaction. {@code entryOf} gives the snapshot a revision keeps.
 */
@ApplicationScoped
public class Editing {

    @Inject
    Editors editors;

    @Inject
    RevisionLog revisions;

    @Inject
    Validator validator;

    @Inject
    ObjectMapper json;

    public static final String EXPECTED_REVISION = "The number of the entry's latest revision when you read it (0 if it"
            + " has none): when another edit has come since, this one is refused with CONFLICT instead of overwriting it";

    /** The revision table's reason column. */
    static final int MAX_REASON_LENGTH = 1000;

    /** The editor's name, once the caller may write and the input is valid; nothing is written before. */
    public String authorize(Object input) {
        String author = editors.requireEditor();
        if (input != null) {
            validate(input);
        }
        return author;
    }

    /** The checks every input passes, whoever sends it: an editor, or the importer of the dataset file. */
    public void validate(Object input) {
        InputValidation.requirePlainText(json.valueToTree(input), "input");
        InputValidation.check(validator, input, "input");
    }

    /** Like {@link #authorize(Object)}, for changes that must say why. */
    public String authorize(Object input, String reason) {
        String author = authorize(input);
        if (reason == null || reason.isBlank()) {
            throw new CaravanException(ErrorCode.INVALID_INPUT, "reason", "A correction or retraction needs a reason.");
        }
        if (reason.length() > MAX_REASON_LENGTH) {
            throw new CaravanException(ErrorCode.INVALID_INPUT, "reason", "A reason has at most " + MAX_REASON_LENGTH
                    + " characters.");
        }
        InputValidation.requirePlainText(TextNode.valueOf(reason), "reason");
        return author;
    }

    /** Refuses to record an entry whose id or code is taken: a stored entry is corrected, never replaced. */
    public static void requireNew(Object stored, String field, String id) {
        if (stored != null) {
            throw new CaravanException(ErrorCode.DUPLICATE_ID, "input." + field,
                    "'" + id + "' exists already; correct it instead.");
        }
        // Ids are unique across every type, so that node(id:) and client caches find one entry by it.
        Nodes.find(id).ifPresent(other -> {
            throw new CaravanException(ErrorCode.DUPLICATE_ID, "input." + field, "'" + id + "' is already the id of a "
                    + other.getClass().getSimpleName() + "; ids are unique across every type.");
        });
    }

    /** A correction keeps the entry's id or code. */
    public static void requireSameId(String id, String inputId, String field) {
        if (inputId != null && !inputId.equals(id)) {
            throw new CaravanException(ErrorCode.INVALID_INPUT, "input." + field,
                    "A correction cannot change the " + field + " (" + id + ").");
        }
    }

    public <T extends PanacheEntityBase> T record(String subjectType, String id, T entity,
            Function<T, Object> entryOf, String author) {
        entity.persist();
        revisions.append(subjectType, id, RevisionAction.RECORDED, author, null, entryOf.apply(entity));
        return entity;
    }

    public <T extends PanacheEntityBase> T correct(String subjectType, String id, T current, T corrected,
            Function<T, Object> entryOf, String author, String reason, Integer expectedRevision) {
        takeTurn(subjectType, id, current, expectedRevision);
        revisions.keepOriginal(subjectType, id, entryOf.apply(current));
        T stored = Panache.getEntityManager().merge(corrected);
        revisions.append(subjectType, id, RevisionAction.CORRECTED, author, reason, entryOf.apply(stored));
        return stored;
    }

    /** Records a retraction; {@code retract} marks the entity and returns false when it already was. */
    public <T extends PanacheEntityBase> T retract(String subjectType, String id, T entity, Function<T, Boolean> retract,
            Function<T, Object> entryOf, String author, String reason, Integer expectedRevision) {
        takeTurn(subjectType, id, entity, expectedRevision);
        Object before = entryOf.apply(entity);
        if (!retract.apply(entity)) {
            throw new CaravanException(ErrorCode.ALREADY_RETRACTED, "id", "'" + id + "' is already retracted.");
        }
        revisions.keepOriginal(subjectType, id, before);
        revisions.append(subjectType, id, RevisionAction.RETRACTED, author, reason, entryOf.apply(entity));
        return entity;
    }

    /**
     * Edits of one entry take turns: the entry's row is locked for the rest of the transaction, so two
     * corrections at once are numbered one after the other and neither is lost. A caller that names the revision
     * it corrects ({@code expectedRevision}) is refused with CONFLICT when another edit came first.
     */
    private void takeTurn(String subjectType, String id, Object entity, Integer expectedRevision) {
        try {
            Panache.getEntityManager().lock(entity, LockModeType.PESSIMISTIC_WRITE);
        } catch (PessimisticLockException | LockTimeoutException e) {
            throw new CaravanException(ErrorCode.CONFLICT, "id", "'" + id + "' is being edited by another request;"
                    + " send this edit again.");
        }
        if (expectedRevision != null) {
            long current = RevisionLog.latestNumber(subjectType, id);
            if (current != expectedRevision) {
                throw new CaravanException(ErrorCode.CONFLICT, "expectedRevision", "'" + id + "' is at revision "
                        + current + ", not " + expectedRevision + ": another edit came first. Read it, then edit again.",
                        Map.of("currentRevision", current));
            }
        }
    }

    /** Converts an input, naming the field of any error under "input": "reporter" becomes "input.reporter". */
    public static <T> T fromInput(Supplier<T> conversion) {
        try {
            return conversion.get();
        } catch (CaravanException e) {
            throw e.under("input");
        }
    }
}
