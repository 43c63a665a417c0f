package org.caravan;

import java.util.HashMap;
import java.util.Map;

/** GraphQL input objects for the editing tests, as maps. */
public final class Inputs {

    private Inputs() {
    }

    /** A copy of {@code input} with one field set (or replaced). */
    public static Map<String, Object> with(Map<String, Object> input, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(input);
        changed.put(field, value);
        return changed;
    }
}
