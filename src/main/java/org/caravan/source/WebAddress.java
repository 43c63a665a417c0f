package org.caravan.source;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import org.caravan.error.CaravanException;
import org.caravan.error.ErrorCode;

/**
 * An article's address as readers will open it from a citation: an absolute http or https URI with a host, and
 * nothing a link should not carry (credentials, spaces, quotes). Anything else is refused, never repaired.
 */
final class WebAddress {

    private WebAddress() {
    }

    static String check(String text, String field) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw refused(text, field, "it is not a web address (" + e.getReason() + ")");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw refused(text, field, "only http and https addresses are taken");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null) {
            throw refused(text, field, "it needs a host name and no user name or password");
        }
        return text;
    }

    private static CaravanException refused(String text, String field, String reason) {
        String shown = text.length() > 80 ? text.substring(0, 80) + "…" : text;
        return new CaravanException(ErrorCode.INVALID_INPUT, field, "'" + shown + "' is refused: " + reason + ".");
    }
}
