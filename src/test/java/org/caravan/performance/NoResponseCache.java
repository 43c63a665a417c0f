package org.caravan.performance;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Every request runs, and reads the database (not the figures kept in memory, which need no SQL at all: see
 * FigureSnapshotTest), so that the statements of the database path can be counted.
 */
public class NoResponseCache implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        // and queries over every place's lists, which cost more than the default limit allows, are measured too
        return Map.of("caravan.response-cache.enabled", "false", "caravan.figure-snapshot.enabled", "false",
                "caravan.limits.max-cost", "1000000");
    }
}
