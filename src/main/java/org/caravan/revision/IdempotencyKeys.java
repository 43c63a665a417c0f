package org.caravan.revision;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import io.quarkus.hibernate.orm.panache.Panache;

import org.caravan.error.CaravanException;
import org.caravan.error.ErrorCode;

/**
 * Safe retries for record mutations. A client that sends {@code idempotencyKey} and does not hear back (a lost
 * connection, a timeout) sends the same call again: the second call returns what the first recorded instead of
 * recording it twice. The key is claimed inside the mutation's transaction, so a call that fails or times out
 * releases it with everything else it wrote; the same key with a different input is refused.
 */
@ApplicationScoped
public class IdempotencyKeys {

    public static final int MAX_LENGTH = 200;

    public static final String DESCRIPTION = "Makes retrying safe: a second call with the same key and input returns"
            + " the entry the first one recorded instead of recording another; with another input it is refused"
            + " (IDEMPOTENCY_KEY_REUSED). Any unique string of up to 200 characters, such as a UUID.";

    /** Inputs compared as canonical JSON: the same fields with the same values, in any order, are the same input. */
    private final ObjectMapper canonical = JsonMapper.builder().enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    /**
     * The id of the entry the first call with {@code key} recorded, when this is a retry; otherwise empty, once the
     * key is claimed for {@code resultId} in the caller's transaction. Without a key, always empty.
     */
    public Optional<String> claim(String key, String operation, Object input, String author, String resultId) {
        if (key == null) {
            return Optional.empty();
        }
        if (key.isBlank() || key.length() > MAX_LENGTH || key.chars().anyMatch(Character::isISOControl)) {
            throw new CaravanException(ErrorCode.INVALID_INPUT, "idempotencyKey", "An idempotency key has 1 to "
                    + MAX_LENGTH + " characters, none of them control characters.");
        }
        String inputSha256 = sha256(input);
        IdempotencyKey earlier = IdempotencyKey.findById(new IdempotencyKey.Owner(author, key));
        if (earlier != null) {
            if (!earlier.operation.equals(operation) || !earlier.inputSha256.equals(inputSha256)) {
                throw new CaravanException(ErrorCode.IDEMPOTENCY_KEY_REUSED, "idempotencyKey", "This key was used on "
                        + earlier.recordedAt + " for another " + (earlier.operation.equals(operation) ? "input" :
                        "operation (" + earlier.operation + ")") + "; use a new key for a new entry.");
            }
            return Optional.of(earlier.resultId);
        }
        IdempotencyKey claimed = new IdempotencyKey();
        claimed.owner = new IdempotencyKey.Owner(author, key);
        claimed.operation = operation;
        claimed.inputSha256 = inputSha256;
        claimed.resultId = resultId;
        claimed.recordedAt = OffsetDateTime.now(ZoneOffset.UTC);
        try {
            claimed.persist();
            // Now, not at commit: a second call with this key waits here for the first, then is refused.
            Panache.getEntityManager().flush();
        } catch (PersistenceException e) {
            throw new CaravanException(ErrorCode.CONFLICT, "idempotencyKey", "Another call with this key is being"
                    + " recorded at this moment; send it again to get that call's result.");
        }
        return Optional.empty();
    }

    private String sha256(Object input) {
        try {
            byte[] json = canonical.writeValueAsString(input).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot compare the input of an idempotent call", e);
        }
    }
}
