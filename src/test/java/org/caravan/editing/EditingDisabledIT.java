package org.caravan.editing;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The packaged application without an editor password: runs, refuses writes. */
@QuarkusIntegrationTest
public class EditingDisabledIT extends EditingDisabledTest {
}
