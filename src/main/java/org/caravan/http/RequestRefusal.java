package org.caravan.http;

/**
 * Why a request to /graphql is answered without running it: an HTTP status, a stable error code for
 * extensions.code, and a message for people.
 */
public class RequestRefusal extends RuntimeException {

    private final int status;
    private final String code;

    public RequestRefusal(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
