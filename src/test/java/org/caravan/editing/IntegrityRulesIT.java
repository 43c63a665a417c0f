package org.caravan.editing;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same checks against the packaged service: the jar, or the native binary with -Dnative. */
@QuarkusIntegrationTest
public class IntegrityRulesIT extends IntegrityRulesTest {
}
