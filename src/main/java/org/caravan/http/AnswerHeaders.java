package org.caravan.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/**
 * The HTTP headers that let browsers and proxies cache /graphql answers and that compress them. A complete
 * answer to a GET query (data, no errors) gets a strong ETag (a digest of the answer, which is the same for the
 * same query as long as the data are the same, and is kept with it in the {@link ResponseCache} until a write),
 * {@code Cache-Control} (public, or private for a request that carries credentials) and is answered 304 when the
 * client already holds it. Every other answer is {@code no-store}. {@code Vary} names what else an answer depends
 * on: the media type asked for and the compression. Answers below the threshold are left uncompressed; the
 * others are compressed as the client accepts (gzip or deflate, quarkus.http.compressors).
 */
final class AnswerHeaders {

    private final AnswerHeadersConfig config;

    AnswerHeaders(AnswerHeadersConfig config) {
        this.config = config;
    }

    static String etagOf(String body) {
        return "\"" + digestOf(body) + "\"";
    }

    /** The first half of the text's SHA-256 digest, in hexadecimal. */
    static String digestOf(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** Whether the client's If-None-Match names {@code etag}: it holds this answer already. */
    static boolean clientHolds(RoutingContext ctx, String etag) {
        String ifNoneMatch = ctx.request().getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String candidate = tag.trim();
            // If-None-Match compares weakly: a proxy that compressed the answer may have marked its tag W/.
            if (candidate.equals("*") || candidate.replaceFirst("^W/", "").equals(etag)) {
                return true;
            }
        }
        return false;
    }

    /** Headers of an answer that may be cached: a complete answer to a GET query. */
    void cacheable(RoutingContext ctx, String etag) {
        String audience = ctx.request().headers().contains(HttpHeaders.AUTHORIZATION) ? "private" : "public";
        long maxAge = config.cacheMaxAge().toSeconds();
        HttpServerResponse response = ctx.response();
        response.putHeader(HttpHeaders.ETAG, etag).putHeader(HttpHeaders.CACHE_CONTROL,
                maxAge > 0 ? audience + ", max-age=" + maxAge : audience + ", no-cache");
        vary(response);
    }

    /** Headers of an answer no cache should keep: errors, refusals, mutations. */
    void notCacheable(RoutingContext ctx) {
        ctx.response().putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        vary(ctx.response());
    }

    /** Leaves a short body uncompressed; Vert.x compresses the others as the client's Accept-Encoding allows. */
    void compressIfWorthIt(RoutingContext ctx, String body) {
        if (body.length() < config.compressionThreshold()) {
            ctx.response().putHeader(HttpHeaders.CONTENT_ENCODING, HttpHeaders.IDENTITY);
        }
    }

    /** One Vary header, after what earlier handlers put there (CORS adds Origin). */
    private static void vary(HttpServerResponse response) {
        List<String> varies = new ArrayList<>(response.headers().getAll(HttpHeaders.VARY));
        varies.addAll(List.of("Accept", "Accept-Encoding"));
        response.putHeader(HttpHeaders.VARY, String.join(", ", varies));
    }
}
