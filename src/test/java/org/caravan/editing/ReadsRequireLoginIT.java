package org.caravan.editing;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** Closed reads in the packaged application. */
@QuarkusIntegrationTest
public class ReadsRequireLoginIT extends ReadsRequireLoginTest {
}
