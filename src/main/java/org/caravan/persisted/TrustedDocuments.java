package org.caravan.persisted;

import static io.quarkus.jsonp.JsonProviderHolder.jsonProvider;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * The documents a deployment allows, read from a manifest that a client's build writes: Apollo's persisted query
 * manifest (generate-persisted-query-manifest) or GraphQL Code Generator's persisted documents. Each document is
 * found by its id (the hash the client sends) and recognised by its SHA-256 when a client sends it whole.
 */
final class TrustedDocuments {

    static final String APOLLO_FORMAT = "apollo-persisted-query-manifest";

    private final Map<String, String> byId;
    private final Set<String> hashes;

    private TrustedDocuments(Map<String, String> byId) {
        this.byId = Map.copyOf(byId);
        this.hashes = byId.values().stream().map(DocumentHash::of).collect(Collectors.toUnmodifiableSet());
    }

    static TrustedDocuments read(Path manifest) {
        try (Reader text = Files.newBufferedReader(manifest); JsonReader reader = jsonProvider().createReader(text)) {
            return of(reader.readObject(), manifest.toString());
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("The trusted documents manifest " + manifest + " cannot be read: "
                    + e.getMessage(), e);
        }
    }

    static TrustedDocuments of(JsonObject manifest, String name) {
        Map<String, String> byId = new HashMap<>();
        if (manifest.containsKey("format")) {
            if (!APOLLO_FORMAT.equals(manifest.getString("format", null))) {
                throw new IllegalArgumentException(name + " is neither Apollo's persisted query manifest (format \""
                        + APOLLO_FORMAT + "\") nor a map of ids to documents");
            }
            for (JsonValue operation : manifest.getJsonArray("operations")) {
                JsonObject entry = operation.asJsonObject();
                byId.put(entry.getString("id"), entry.getString("body"));
            }
        } else {
            manifest.forEach((id, document) -> {
                if (!(document instanceof JsonString body)) {
                    throw new IllegalArgumentException(name + ": the entry " + id + " is not a document");
                }
                byId.put(id, body.getString());
            });
        }
        return new TrustedDocuments(byId);
    }

    Optional<String> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    boolean contains(String document) {
        return hashes.contains(DocumentHash.of(document));
    }

    int size() {
        return byId.size();
    }
}
