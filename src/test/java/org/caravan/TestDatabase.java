package org.caravan;

/**
 * Where a test profile keeps its data. On H2 each profile gets an in-memory database of its own, so the
 * packaged application in the integration tests does not carry edits from one profile to the next; on
 * PostgreSQL (-Ppostgres) all share the test database, which Flyway cleans whenever an application starts.
 */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static String url(String name) {
        String shared = System.getProperty("caravan.test.jdbc-url");
        return shared != null ? shared : "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
    }
}
