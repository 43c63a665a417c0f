package org.caravan.security;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import org.caravan.error.ErrorBody;
import org.caravan.error.ErrorCode;

/**
 * Slows down password guessing: after {@link LoginThrottleConfig#maxFailures()} wrong passwords from one client
 * address within {@link LoginThrottleConfig#window()}, every request from it that carries credentials is answered
 * 429 with Retry-After until the window has passed, before any password is checked. Requests without credentials
 * (reads of an open service) are never held back.
 */
@ApplicationScoped
public class LoginThrottle {

    /** Quarkus authenticates at order -200; this runs just before. */
    private static final int BEFORE_AUTHENTICATION = -201;

    private final LoginThrottleConfig config;
    private final Cache<String, Failures> failures;

    @Inject
    public LoginThrottle(LoginThrottleConfig config) {
        this.config = config;
        this.failures = Caffeine.newBuilder().maximumSize(100_000)
                .expireAfterWrite(config.window().toNanos(), TimeUnit.NANOSECONDS).build();
    }

    /** Wrong passwords from one address since the first of them, which starts its window. */
    private static final class Failures {
        final long windowStart = System.nanoTime();
        int count;
    }

    void register(@Observes Router router) {
        router.route().order(BEFORE_AUTHENTICATION).handler(this::holdBackIfThrottled);
    }

    private void holdBackIfThrottled(RoutingContext ctx) {
        if (ctx.request().getHeader(HttpHeaders.AUTHORIZATION) == null) {
            ctx.next();
            return;
        }
        Duration wait = waitFor(address(ctx));
        if (wait.isZero()) {
            ctx.next();
            return;
        }
        ctx.response().setStatusCode(429).putHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, wait.toSeconds())))
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .end(ErrorBody.of(ErrorCode.TOO_MANY_LOGIN_FAILURES, "Too many wrong passwords from this address; try again in "
                        + Math.max(1, wait.toSeconds()) + " s."));
    }

    void failed(String address) {
        Failures recent = failures.get(address, key -> new Failures());
        synchronized (recent) {
            recent.count++;
        }
    }

    void succeeded(String address) {
        failures.invalidate(address);
    }

    /** How long {@code address} must wait before its next login is checked: zero when it need not. */
    Duration waitFor(String address) {
        Failures recent = failures.getIfPresent(address);
        if (recent == null || recent.count < config.maxFailures()) {
            return Duration.ZERO;
        }
        long left = recent.windowStart + config.window().toNanos() - System.nanoTime();
        return left > 0 ? Duration.ofNanos(left) : Duration.ZERO;
    }

    static String address(RoutingContext ctx) {
        return ctx == null || ctx.request().remoteAddress() == null ? "unknown" : ctx.request().remoteAddress().host();
    }
}
