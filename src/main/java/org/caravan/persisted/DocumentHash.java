package org.caravan.persisted;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** A document's SHA-256 in lower-case hex, as persisted-query clients compute it over the document's exact text. */
final class DocumentHash {

    private static final Pattern SHA_256 = Pattern.compile("[0-9a-f]{64}");

    private DocumentHash() {
    }

    static String of(String document) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(document.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    static boolean isWellFormed(String hash) {
        return SHA_256.matcher(hash).matches();
    }
}
