package org.caravan.editing;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same editing scenarios against the packaged application (the native binary with -Dnative). */
@QuarkusIntegrationTest
public class ReferenceMutationsIT extends ReferenceMutationsTest {
}
