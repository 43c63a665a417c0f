package org.caravan.editing;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.caravan.GraphQL;
import org.caravan.TestDatabase;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** As in production without CARAVAN_EDITOR_PASSWORD: the service runs, and nobody can write. */
@QuarkusTest
@TestProfile(EditingDisabledTest.NoEditorPassword.class)
public class EditingDisabledTest {

    public static class NoEditorPassword implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // caravan.editor.password is simply not set, as in a production start without CARAVAN_EDITOR_PASSWORD
            return Map.of("quarkus.datasource.jdbc.url", TestDatabase.url("caravan-no-editor"));
        }
    }

    @Test
    void theBuiltInEditorCannotWriteWithoutAConfiguredPassword() {
        GraphQL.postAs("editor", "editing-disabled",
                "mutation { retractStatistic(id: \"kashgar-trade-2022\", reason: \"should not happen\") { retracted } }")
                .body("data", nullValue())
                .body("errors[0].extensions.code", is("FORBIDDEN"))
                .body("errors[0].message", containsString("CARAVAN_EDITOR_PASSWORD"));
        GraphQL.post("{ statistic(id: \"kashgar-trade-2022\") { retracted } }")
                .body("data.statistic.retracted", is(false));
    }
}
