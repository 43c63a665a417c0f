package org.caravan.paging;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.TypedQuery;

import org.hibernate.jpa.HibernateHints;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Builds a Panache query for a filtered list paged by keyset on (sortDate desc, id): the database seeks
 * straight to the page instead of skipping rows, so deep pages cost what the first one does.
 */
public final class KeysetQuery {

    /** Sort date of entries without a date: after every dated entry in newest-first order. */
    public static final LocalDate UNDATED = LocalDate.of(1000, 1, 1);

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    public KeysetQuery where(String clause, String name, Object value) {
        clauses.add(clause);
        parameters.put(name, value);
        return this;
    }

    public KeysetQuery where(String clause) {
        clauses.add(clause);
        return this;
    }

    /** A clause with several parameters, e.g. two alternatives joined by {@code or}. */
    public KeysetQuery where(String clause, Map<String, Object> values) {
        clauses.add(clause);
        parameters.putAll(values);
        return this;
    }

    public String filter() {
        return String.join(" and ", clauses);
    }

    public Map<String, Object> parameters() {
        return parameters;
    }

    /**
     * How many entries of the entity named {@code entity} the filter matches; call it before {@link #page}. Kept in
     * Hibernate's query cache, which any write to the tables it reads empties: counting a million rows for every
     * page would cost more than the page.
     */
    public int count(String entity) {
        TypedQuery<Long> count = Panache.getEntityManager().createQuery("select count(*) from " + entity
                + (clauses.isEmpty() ? "" : " where " + filter()), Long.class)
                .setHint(HibernateHints.HINT_CACHEABLE, true);
        parameters.forEach(count::setParameter);
        return count.getSingleResult().intValue();
    }

    public String page(PageRequest page) {
        List<String> all = new ArrayList<>(clauses);
        if (page.hasCursor()) {
            all.add(page.backward() ? "(sortDate > :cursorDate or (sortDate = :cursorDate and id < :cursorId))"
                    : "(sortDate < :cursorDate or (sortDate = :cursorDate and id > :cursorId))");
            parameters.put("cursorDate", page.cursorDate());
            parameters.put("cursorId", page.cursorId());
        }
        // Backward, the rows nearest the cursor come first: the list's order turned round.
        return (all.isEmpty() ? "" : String.join(" and ", all) + " ")
                + (page.backward() ? "order by sortDate, id desc" : "order by sortDate desc, id");
    }
}
