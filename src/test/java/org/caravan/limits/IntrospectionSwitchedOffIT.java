package org.caravan.limits;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same switch on the packaged application (the native binary with -Dnative). */
@QuarkusIntegrationTest
public class IntrospectionSwitchedOffIT extends IntrospectionSwitchedOffTest {
}
