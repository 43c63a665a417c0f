package org.caravan.security;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** The built-in editor account (docs/editors.md). */
@ConfigMapping(prefix = "caravan.editor")
public interface EditorConfig {

    /** The built-in editor's password (CARAVAN_EDITOR_PASSWORD); editing is off while it is unset or blank. */
    Optional<String> password();
}
