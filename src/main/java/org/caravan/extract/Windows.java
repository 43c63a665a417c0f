package org.caravan.extract;

/**
 * The few words around a place in a sentence, where the extractor looks for what governs a figure ("more than",
 * "from", "the five"). Bounded, so that reading a figure costs the same however long its sentence is.
 */
final class Windows {

    /** Enough for the words that govern a figure: "is expected to surpass", "according to the customs of". */
    static final int WORDS = 120;

    private Windows() {
    }

    /** At most {@code size} characters of {@code text} ending at {@code at}. */
    static String before(String text, int at, int size) {
        return text.substring(Math.max(0, at - size), at);
    }

    /** At most {@code size} characters of {@code text} starting at {@code at}. */
    static String after(String text, int at, int size) {
        return text.substring(at, Math.min(text.length(), at + size));
    }

    /** Whether only spaces and an opening bracket stand between {@code from} and {@code to}: "Uzbekistan ($13.7". */
    static boolean onlyBracket(String text, int from, int to) {
        boolean bracket = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '(' && !bracket) {
                bracket = true;
            } else if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return bracket;
    }
}
