package org.caravan.contract;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The packaged application (the native binary with -Dnative) serves the committed schema too. */
@QuarkusIntegrationTest
public class SchemaContractIT extends SchemaContractTest {
}
