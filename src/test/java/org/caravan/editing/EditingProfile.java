package org.caravan.editing;

import java.util.Map;

import org.caravan.TestDatabase;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Editing tests write, so they get an application and a database of their own: the read-only suites keep
 * seeing exactly the bundled dataset. The accounts are set here, not by profile, so the same profile works
 * for the packaged application in the integration tests.
 */
public class EditingProfile implements QuarkusTestProfile {

    public static final String EDITOR = "editor";
    public static final String EDITOR_PASSWORD = "editing-test-editor";
    public static final String READER = "reader";
    public static final String READER_PASSWORD = "editing-test-reader";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.datasource.jdbc.url", TestDatabase.url("caravan-editing"),
                "caravan.editor.password", EDITOR_PASSWORD,
                "quarkus.security.users.embedded.users.reader", READER_PASSWORD,
                "quarkus.security.users.embedded.roles.reader", "reader");
    }
}
