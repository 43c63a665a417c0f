package org.caravan.persisted;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

/** A document's SHA-256 as clients compute it, written here apart from the service's own code. */
final class Sha256 {

    private Sha256() {
    }

    static String hex(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    static java.util.Map<String, Object> persistedQuery(String hash) {
        return java.util.Map.of("persistedQuery", java.util.Map.of("version", 1, "sha256Hash", hash));
    }
}
