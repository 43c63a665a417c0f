package org.caravan.export;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same downloads from the packaged application (the native binary with -Dnative). */
@QuarkusIntegrationTest
public class ExportsIT extends ExportsTest {
}
