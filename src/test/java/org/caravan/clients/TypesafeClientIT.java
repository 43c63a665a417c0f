package org.caravan.clients;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The typesafe Java client against the packaged application (the native binary with -Dnative). */
@QuarkusIntegrationTest
public class TypesafeClientIT extends TypesafeClientTest {
}
