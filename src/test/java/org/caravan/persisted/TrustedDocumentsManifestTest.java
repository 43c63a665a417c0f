package org.caravan.persisted;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.Optional;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/** The two manifest formats clients' build tools write. */
class TrustedDocumentsManifestTest {

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    @Test
    void apollosPersistedQueryManifest() throws Exception {
        String body = "query A { places { code } }";
        TrustedDocuments documents = TrustedDocuments.of(json("""
                {"format": "apollo-persisted-query-manifest", "version": 1, "operations": [
                  {"id": "%s", "name": "A", "type": "query", "body": "%s"}]}
                """.formatted(Sha256.hex(body), body)), "manifest");
        assertEquals(Optional.of(body), documents.byId(Sha256.hex(body)));
        assertTrue(documents.contains(body));
        assertFalse(documents.contains("query B { places { code } }"));
    }

    @Test
    void graphqlCodeGeneratorsPersistedDocuments() throws Exception {
        String body = "query B { sources { id } }";
        TrustedDocuments documents = TrustedDocuments.of(json("{\"%s\": \"%s\"}".formatted(Sha256.hex(body), body)),
                "persisted-documents.json");
        assertEquals(Optional.of(body), documents.byId(Sha256.hex(body)));
        assertEquals(Optional.empty(), documents.byId(Sha256.hex(body + " ")));
        assertTrue(documents.contains(body));
    }

    @Test
    void anotherFormatIsRefusedAtStartUp() {
        assertThrows(IllegalArgumentException.class,
                () -> TrustedDocuments.of(json("{\"format\": \"relay\", \"operations\": []}"), "manifest"));
        assertThrows(IllegalArgumentException.class, () -> TrustedDocuments.of(json("{\"abc\": 7}"), "manifest"));
    }
}
