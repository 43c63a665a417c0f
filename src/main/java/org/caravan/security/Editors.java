package org.caravan.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.caravan.error.CaravanException;
import org.caravan.error.ErrorCode;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who may write: callers with the {@code editor} role. Checked in the mutation itself, before any work, so
 * the refusal is an ordinary GraphQL error with a stable code and nothing is written.
 */
@RequestScoped
public class Editors {

    public static final String ROLE = "editor";

    /** The built-in account's name; it may write only once a password is configured for it. */
    static final String BUILT_IN_EDITOR = "editor";

    @Inject
    SecurityIdentity identity;

    @Inject
    EditorConfig config;

    /** The editor's name, or an UNAUTHENTICATED / FORBIDDEN error. */
    public String requireEditor() {
        if (identity.isAnonymous()) {
            throw new CaravanException(ErrorCode.UNAUTHENTICATED,
                    "Writing needs an editor's credentials (HTTP basic authentication).");
        }
        boolean builtInWithoutPassword = BUILT_IN_EDITOR.equals(identity.getPrincipal().getName())
                && config.password().map(String::isBlank).orElse(true);
        if (builtInWithoutPassword) {
            throw new CaravanException(ErrorCode.FORBIDDEN,
                    "Editing is disabled: no password is configured for the editor account (CARAVAN_EDITOR_PASSWORD).");
        }
        if (!identity.hasRole(ROLE)) {
            throw new CaravanException(ErrorCode.FORBIDDEN,
                    "User '" + identity.getPrincipal().getName() + "' may read but not write: the editor role is needed.");
        }
        return identity.getPrincipal().getName();
    }
}
