package org.caravan.error;

import static io.quarkus.jsonp.JsonProviderHolder.jsonProvider;

/**
 * The body of a request refused before GraphQL runs it, in GraphQL's error shape:
 * {@code {"errors":[{"message":"...","extensions":{"code":"...","argument":"..."}}]}}.
 */
public final class ErrorBody {

    private ErrorBody() {
    }

    public static String of(CaravanException error) {
        return of(error.code(), error.getMessage(), (String) error.getExtensions().get("argument"));
    }

    public static String of(ErrorCode code, String message) {
        return of(code, message, null);
    }

    /** With {@code argument} naming the offending parameter, or null. */
    public static String of(ErrorCode code, String message, String argument) {
        var extensions = jsonProvider().createObjectBuilder().add("code", code.name());
        if (argument != null) {
            extensions.add("argument", argument);
        }
        var error = jsonProvider().createObjectBuilder().add("message", message).add("extensions", extensions);
        return jsonProvider().createObjectBuilder().add("errors", jsonProvider().createArrayBuilder().add(error))
                .build().toString();
    }
}
