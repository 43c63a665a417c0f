package org.caravan;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** closeTo for any JSON number: GraphQL serialises 838600000 as an integer and 16.51 as a decimal. */
public final class Near extends TypeSafeMatcher<Number> {

    private final double expected;
    private final double tolerance;

    private Near(double expected, double tolerance) {
        this.expected = expected;
        this.tolerance = tolerance;
    }

    public static Matcher<Number> near(double expected, double tolerance) {
        return new Near(expected, tolerance);
    }

    @Override
    protected boolean matchesSafely(Number actual) {
        return Math.abs(actual.doubleValue() - expected) <= tolerance;
    }

    @Override
    public void describeTo(Description description) {
        description.appendText("a number within " + tolerance + " of " + expected);
    }
}
