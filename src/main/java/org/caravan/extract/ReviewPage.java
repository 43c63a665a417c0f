package org.caravan.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;

/**
 * The review page at /review, for editors (an HTTP permission in application.properties asks for the login). It is
 * served at /review, not under it, so that the browser sends the same login on to /graphql: its script and style are
 * static files under /review/.
 */
@ApplicationScoped
public class ReviewPage {

    static final String PATH = "/review";

    void register(@Observes Router router) {
        String page = resource("review/index.html");
        router.get(PATH).handler(ctx -> ctx.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=UTF-8")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end(page));
    }

    private static String resource(String name) {
        try (InputStream in = ReviewPage.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
