package org.caravan.persisted;

import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.quarkus.logging.Log;

import org.caravan.error.CaravanException;
import org.caravan.error.ErrorCode;
import org.caravan.limits.DocumentLimits;

/**
 * Documents sent by their hash. Apollo's automatic persisted queries (the protocol of Apollo Client's
 * persisted-query link, urql's persisted exchange and others): a client first sends only
 * {@code extensions.persistedQuery.sha256Hash}; an unknown hash is answered PERSISTED_QUERY_NOT_FOUND, the client
 * sends the document with its hash once, and from then on the hash alone runs it (a GET with a short URL, which
 * caches well). In the trusted-documents mode ({@link PersistedQueriesConfig#trustedDocuments()}) only the
 * documents of a manifest run, whether sent whole or by id; the mode holds on every transport.
 */
@ApplicationScoped
public class PersistedQueries {

    @Inject
    PersistedQueriesConfig config;

    @Inject
    DocumentLimits documentLimits;

    private Cache<String, String> registered;
    private TrustedDocuments trusted;

    @PostConstruct
    void create() {
        registered = Caffeine.newBuilder().maximumSize(config.maxDocuments()).build();
        trusted = config.trustedDocuments().map(TrustedDocuments::read).orElse(null);
        if (trusted != null) {
            Log.infof("Only the %d trusted documents of %s run", trusted.size(), config.trustedDocuments().get());
        }
    }

    /**
     * The document to run for a request's {@code query} (null when the request has none) and {@code extensions};
     * null when there is neither a document nor a hash. Refused with a PERSISTED_QUERY_* code otherwise.
     */
    public String documentToRun(String query, JsonObject extensions) {
        Optional<String> hash = hashIn(extensions);
        if (trusted != null) {
            return trustedDocument(query, hash);
        }
        if (hash.isEmpty()) {
            return query;
        }
        if (!config.enabled()) {
            throw new CaravanException(ErrorCode.PERSISTED_QUERY_NOT_SUPPORTED, "PersistedQueryNotSupported");
        }
        if (query == null) {
            String known = registered.getIfPresent(hash.get());
            if (known == null) {
                throw new CaravanException(ErrorCode.PERSISTED_QUERY_NOT_FOUND, "PersistedQueryNotFound");
            }
            return known;
        }
        requireHashOf(query, hash.get());
        // Only a document that passes the limits is remembered: the others are refused whenever they come.
        if (documentLimits.refusal(query).isEmpty()) {
            registered.put(hash.get(), query);
        }
        return query;
    }

    private String trustedDocument(String query, Optional<String> hash) {
        if (query == null) {
            return hash.map(id -> trusted.byId(id).orElseThrow(() -> new CaravanException(
                    ErrorCode.PERSISTED_QUERY_NOT_IN_LIST, "No trusted document has the id " + id + ".")))
                    .orElse(null);
        }
        hash.ifPresent(id -> requireHashOf(query, id));
        if (!trusted.contains(query)) {
            throw new CaravanException(ErrorCode.PERSISTED_QUERY_NOT_IN_LIST, "This server runs only its trusted"
                    + " documents, and this document is not one of them.");
        }
        return query;
    }

    private static void requireHashOf(String query, String hash) {
        if (!DocumentHash.of(query).equals(hash)) {
            throw new CaravanException(ErrorCode.PERSISTED_QUERY_HASH_MISMATCH, "extensions.persistedQuery.sha256Hash"
                    + " is not the SHA-256 of the document sent with it.");
        }
    }

    /** {@code extensions.persistedQuery.sha256Hash}, checked for its form; empty when there is no persistedQuery. */
    private static Optional<String> hashIn(JsonObject extensions) {
        JsonValue persisted = extensions == null ? null : extensions.get("persistedQuery");
        if (persisted == null || persisted == JsonValue.NULL) {
            return Optional.empty();
        }
        if (!(persisted instanceof JsonObject object) || !(object.get("version") instanceof JsonNumber version)
                || !version.isIntegral() || version.intValue() != 1) {
            throw invalid("extensions.persistedQuery must be {\"version\": 1, \"sha256Hash\": \"...\"}.");
        }
        if (!(object.get("sha256Hash") instanceof JsonString hash) || !DocumentHash.isWellFormed(hash.getString())) {
            throw invalid("extensions.persistedQuery.sha256Hash must be a SHA-256 in 64 lower-case hex digits.");
        }
        return Optional.of(hash.getString());
    }

    private static CaravanException invalid(String message) {
        return new CaravanException(ErrorCode.INVALID_REQUEST, message);
    }
}
