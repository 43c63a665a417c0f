package org.caravan.error;

/** Stable codes sent as {@code extensions.code} of a GraphQL error; clients may switch on them. */
public enum ErrorCode {
    UNKNOWN_PLACE,
    UNKNOWN_SOURCE,
    UNKNOWN_STATISTIC,
    UNKNOWN_MEETING,
    INVALID_PERIOD,
    INVALID_DATE_RANGE,
    INVALID_PAGE_SIZE,
    INVALID_CURSOR,
    INCOMPARABLE_STATISTICS,
    NO_STATED_CONVERSION,
    NO_VALUE,
    INVALID_INPUT,
    DUPLICATE_ID,
    ALREADY_RETRACTED,
    UNAUTHENTICATED,
    FORBIDDEN,
    /** A chart's parameters match several series. */
    AMBIGUOUS_SERIES,
    /** A chart's parameters match no figure with a value and a period. */
    EMPTY_SERIES
}
