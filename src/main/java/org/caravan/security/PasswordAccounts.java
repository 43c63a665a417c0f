package org.caravan.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;

/**
 * Checks HTTP basic credentials against the accounts configured as Quarkus's embedded users
 * ({@code quarkus.security.users.embedded.users.NAME=password}, {@code ...roles.NAME=role,role}), whose own check
 * is switched off: that one compares passwords character by character, so its answer time tells a guesser how
 * much of a guess was right. Here both sides are hashed and compared in constant time, an unknown user costs the
 * same as a wrong password, and each failure counts against the caller's address ({@link LoginThrottle}).
 */
@ApplicationScoped
public class PasswordAccounts implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private static final String USERS = "quarkus.security.users.embedded.users.";
    private static final String ROLES = "quarkus.security.users.embedded.roles.";

    private final Map<String, byte[]> passwordHashes = new HashMap<>();
    private final Map<String, Set<String>> roles = new HashMap<>();
    private final byte[] noSuchUser = sha256("no such user: any password fails");

    @Inject
    LoginThrottle throttle;

    /** The same settings given as environment variables: QUARKUS_SECURITY_USERS_EMBEDDED_USERS_BOB=password. */
    private static final String ENV_USERS = "QUARKUS_SECURITY_USERS_EMBEDDED_USERS_";
    private static final String ENV_ROLES = "QUARKUS_SECURITY_USERS_EMBEDDED_ROLES_";

    @Inject
    public PasswordAccounts(Config config) {
        for (String name : config.getPropertyNames()) {
            if (name.startsWith(USERS)) {
                String user = name.substring(USERS.length());
                add(user, config.getValue(name, String.class), config.getOptionalValue(ROLES + user, String.class)
                        .orElse(""));
            } else if (name.startsWith(ENV_USERS)) {
                String suffix = name.substring(ENV_USERS.length());
                String user = suffix.toLowerCase(Locale.ROOT);
                if (!passwordHashes.containsKey(user)) {
                    add(user, config.getValue(name, String.class), config.getOptionalValue(ENV_ROLES + suffix,
                            String.class).or(() -> config.getOptionalValue(ROLES + user, String.class)).orElse(""));
                }
            }
        }
    }

    private void add(String user, String password, String roleList) {
        passwordHashes.put(user, sha256(password));
        roles.put(user, Arrays.stream(roleList.split(",")).map(String::trim).filter(role -> !role.isEmpty())
                .collect(Collectors.toUnmodifiableSet()));
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        String address = LoginThrottle.address(HttpSecurityUtils.getRoutingContextAttribute(request));
        String user = request.getUsername();
        byte[] expected = passwordHashes.getOrDefault(user, noSuchUser);
        byte[] given = sha256(new String(request.getPassword().getPassword()));
        if (!MessageDigest.isEqual(expected, given) || !passwordHashes.containsKey(user)) {
            throttle.failed(address);
            return Uni.createFrom().failure(new AuthenticationFailedException());
        }
        throttle.succeeded(address);
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(user))
                .addRoles(roles.get(user)).addCredential(request.getPassword()).build());
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
