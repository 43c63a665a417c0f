package org.caravan.meeting;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same GraphQL scenarios against the packaged application (the native binary with -Dnative). */
@QuarkusIntegrationTest
public class MeetingQueriesIT extends MeetingQueriesTest {
}
