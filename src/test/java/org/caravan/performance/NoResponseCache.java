package org.caravan.performance;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Every request runs, so that its SQL statements can be counted. */
public class NoResponseCache implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("caravan.response-cache.enabled", "false");
    }
}
