package org.caravan.trade;

import org.eclipse.microprofile.graphql.Description;

@Description("How the article words a reported multiple; the wording decides what base it implies.")
public enum MultipleWording {
    @Description("'3.96 times that of 2013': value = multiple x base")
    TIMES_THAT_OF,
    @Description("'a 2.2-fold growth': read as value = multiple x base")
    FOLD,
    @Description("'an increase of 7.62 times': ambiguous, value = multiple x base or (multiple + 1) x base")
    INCREASE_OF_TIMES
}
