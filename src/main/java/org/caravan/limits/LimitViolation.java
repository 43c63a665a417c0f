package org.caravan.limits;

/** Why a request was refused before execution: a stable code and a message for people. */
public record LimitViolation(String code, String message) {
}
