package com.localizevideos.headroom.idempotency;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.localizevideos.headroom.common.LocatedProblem;
import com.localizevideos.headroom.common.ProblemException;
import com.localizevideos.headroom.security.Principals;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * {@code Idempotency-Key} for POSTs that create things: the first request with a key (per principal) runs and its
 * answer is stored in the same transaction as what it created; a retry with the same key and the same request gets
 * that answer again and creates nothing; the same key with another request is a 422 problem.
 * <p>
 * Concurrency: the key is claimed with {@code INSERT ... ON CONFLICT DO NOTHING} on the primary key
 * (principal, key). A second request with the key waits on the first one's uncommitted row; when the first commits it
 * finds the stored answer and replays it, when the first fails (nothing created, nothing stored) it runs itself.
 * Only successful answers are stored: a request refused with a problem created nothing and may be retried as is.
 */
@ApplicationScoped
public class IdempotencyService {
    /** The request header that carries the key. */
    public static final String HEADER = "Idempotency-Key";
    /** Set to {@code true} on an answer replayed from the store. */
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    static final int MAX_KEY_LENGTH = 200;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    SecurityIdentity identity;

    @Inject
    Clock clock;

    /** What a creating request answers: status, body and, optionally, the Location of what it created. */
    public record Answer(int status, Object body, URI location) {
    }

    /**
     * Runs {@code create} at most once per (caller, key). Without a key (null) it simply runs it.
     *
     * @param key     the {@code Idempotency-Key} header, or null
     * @param method  the HTTP method, part of what a key is bound to
     * @param path    the request path, part of what a key is bound to
     * @param request the parsed request body; its JSON form is hashed, so formatting differences do not matter
     */
    public Response once(String key, String method, String path, Object request, Supplier<Answer> create) {
        if (key == null) {
            Answer answer = create.get();
            return response(answer.status(), answer.body(), answer.location(), false);
        }
        checkKey(key);
        String principal = Principals.nameOf(identity);
        if (principal == null) {
            throw new IllegalStateException("an idempotent request needs an authenticated caller");
        }
        String methodPath = method + " " + path;
        String requestHash = sha256(methodPath + "\n" + write(request));
        return QuarkusTransaction.joiningExisting().call(() -> {
            int claimed = em.createNativeQuery("""
                            insert into idempotency_record (principal, idempotency_key, method_path, request_sha256, created_at)
                            values (?1, ?2, ?3, ?4, ?5) on conflict (principal, idempotency_key) do nothing
                            """)
                    .setParameter(1, principal).setParameter(2, key).setParameter(3, methodPath)
                    .setParameter(4, requestHash).setParameter(5, clock.instant())
                    .executeUpdate();
            if (claimed == 0) {
                return replay(principal, key, methodPath, requestHash);
            }
            Answer answer = create.get();
            String body = write(answer.body());
            em.createNativeQuery("""
                            update idempotency_record set status = ?1, body = cast(?2 as json), location = ?3
                             where principal = ?4 and idempotency_key = ?5
                            """)
                    .setParameter(1, answer.status()).setParameter(2, body)
                    .setParameter(3, answer.location() == null ? null : answer.location().toString())
                    .setParameter(4, principal).setParameter(5, key)
                    .executeUpdate();
            return response(answer.status(), body, answer.location(), false);
        });
    }

    private Response replay(String principal, String key, String methodPath, String requestHash) {
        Object[] stored = (Object[]) em.createNativeQuery("""
                        select method_path, request_sha256, status, body::text, location
                          from idempotency_record where principal = ?1 and idempotency_key = ?2
                        """)
                .setParameter(1, principal).setParameter(2, key).getSingleResult();
        if (!methodPath.equals(stored[0])) {
            throw reused(key, "was first used for " + stored[0] + ", not " + methodPath);
        }
        if (!requestHash.equals(stored[1])) {
            throw reused(key, "was first used with a different request body");
        }
        String location = (String) stored[4];
        return response(((Number) stored[2]).intValue(), stored[3], location == null ? null : URI.create(location), true);
    }

    private static Response response(int status, Object body, URI location, boolean replayed) {
        Response.ResponseBuilder builder = Response.status(status).type(MediaType.APPLICATION_JSON).entity(body);
        if (location != null) {
            builder.location(location);
        }
        if (replayed) {
            builder.header(REPLAYED_HEADER, "true");
        }
        return builder.build();
    }

    private static void checkKey(String key) {
        boolean visibleAscii = key.chars().allMatch(c -> c > 0x20 && c < 0x7f);
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH || !visibleAscii) {
            String message = "must be 1 to " + MAX_KEY_LENGTH
                    + " visible ASCII characters (a UUID is a good key); one key per operation you may retry";
            throw new ProblemException("invalid-idempotency-key", "Invalid Idempotency-Key", 400,
                    "Header " + HEADER + " " + message + ".", List.of(LocatedProblem.atField(HEADER, message)));
        }
    }

    private static ProblemException reused(String key, String why) {
        String message = "key '" + key + "' " + why + "; send a new key for a new request";
        return new ProblemException("idempotency-key-reused", "Idempotency-Key reused for another request", 422,
                "Header " + HEADER + " " + message + ".", List.of(LocatedProblem.atField(HEADER, message)));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
