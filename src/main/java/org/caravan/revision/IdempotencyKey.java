package org.caravan.revision;

import java.io.Serializable;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A record mutation's idempotency key, claimed by its first call (see {@link IdempotencyKeys}). */
@Entity
@Table(name = "idempotency_key")
public class IdempotencyKey extends PanacheEntityBase {

    @Embeddable
    public record Owner(@Column(name = "author") String author, @Column(name = "idempotency_key") String key)
            implements Serializable {
    }

    @EmbeddedId
    public Owner owner;

    @Column(nullable = false)
    public String operation;

    @Column(name = "input_sha256", nullable = false)
    public String inputSha256;

    @Column(name = "result_id", nullable = false)
    public String resultId;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;
}
