package org.caravan.http;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.caravan.observability.OperationLabel;
import org.caravan.revision.ChangesElsewhere;
import org.caravan.revision.DataChanged;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Answers to queries, kept until the data changes. Caravan's data change only through its mutations, rarely,
 * while the same queries are asked again and again, so a repeated query is answered without running it.
 * Only complete answers (data, no errors) to query operations are kept. Every write clears the cache when its
 * transaction ends, a write by another instance on the same database when it is noticed ({@link ChangesElsewhere});
 * an answer computed while a write was under way is not kept (its version is stale).
 * <p>
 * Caffeine picks its cache and entry classes by name at run time; the native image needs those of both
 * configurations (weighed; weighed and expiring after write) registered.
 */
@ApplicationScoped
@RegisterForReflection(classNames = { "com.github.benmanes.caffeine.cache.SSMW",
        "com.github.benmanes.caffeine.cache.PSMW", "com.github.benmanes.caffeine.cache.SSMWW",
        "com.github.benmanes.caffeine.cache.PSWMW" })
public class ResponseCache {

    @Inject
    ResponseCacheConfig config;

    private final AtomicLong dataVersion = new AtomicLong();
    private Cache<Key, Answer> answers;

    /**
     * An answer is kept for the caller it was computed for: anonymous callers share theirs, and an answer computed
     * with credentials (an editor's extractFigures, or any read where reads need a login) goes only to a request with
     * the same credentials, held here as their digest.
     */
    private record Key(GraphQLHttpRequest request, String caller) {
    }

    /**
     * A kept answer, its ETag, the operation it answers (for the request metrics) and the data version it was
     * computed from.
     */
    public record Answer(String body, String etag, OperationLabel operation, long dataVersion) {
    }

    @PostConstruct
    void create() {
        Caffeine<Key, Answer> builder = Caffeine.newBuilder()
                .maximumWeight(config.maxMegabytes() * 1024L * 1024L)
                .weigher((Key key, Answer answer) -> answer.body.length() + key.request().query().length());
        config.maxAge().ifPresent(maxAge -> builder.expireAfterWrite(maxAge.toMillis(), TimeUnit.MILLISECONDS));
        answers = builder.build();
    }

    public boolean enabled() {
        return config.enabled();
    }

    /** The data version to pass to {@link #keep} for an answer computed from now on. */
    public long dataVersion() {
        return dataVersion.get();
    }

    /** The kept answer to {@code request} from {@code authorization} (its Authorization header, or null). */
    public Optional<Answer> answerTo(GraphQLHttpRequest request, String authorization) {
        Answer answer = answers.getIfPresent(new Key(request, callerOf(authorization)));
        return answer != null && answer.dataVersion == dataVersion.get() ? Optional.of(answer) : Optional.empty();
    }

    public void keep(GraphQLHttpRequest request, String authorization, long computedFromVersion, String body,
            String etag, OperationLabel operation) {
        if (computedFromVersion == dataVersion.get()) {
            answers.put(new Key(request, callerOf(authorization)), new Answer(body, etag, operation, computedFromVersion));
        }
    }

    void onWrite(@Observes(during = TransactionPhase.AFTER_COMPLETION) DataChanged change) {
        forgetAll();
    }

    void onWriteElsewhere(@Observes ChangesElsewhere.StoredDataChanged change) {
        forgetAll();
    }

    private void forgetAll() {
        dataVersion.incrementAndGet();
        answers.invalidateAll();
    }

    private static String callerOf(String authorization) {
        return authorization == null ? null : AnswerHeaders.digestOf(authorization);
    }
}
