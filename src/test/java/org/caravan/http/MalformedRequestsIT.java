package org.caravan.http;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same malformed requests against the packaged application (the native binary with -Dnative). */
@QuarkusIntegrationTest
public class MalformedRequestsIT extends MalformedRequestsTest {
}
