package org.caravan.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.caravan.meeting.MeetingInput;
import org.caravan.place.PlaceInput;
import org.caravan.source.SourceInput;
import org.caravan.trade.ConversionInput;
import org.caravan.trade.StatisticInput;
import org.junit.jupiter.api.Test;

/**
 * Every string and every list an editor can send has a documented maximum (a @Size, or a @Pattern that bounds its
 * length), so no input can overflow a column or a revision snapshot and surface as an opaque error.
 */
class InputSizesTest {

    private static final List<Class<?>> INPUTS = List.of(StatisticInput.class, ConversionInput.class,
            MeetingInput.class, MeetingInput.ParticipantInput.class, MeetingInput.OutcomeInput.class,
            PlaceInput.class, SourceInput.class);

    @Test
    void everyStringAndListOfEveryInputHasAMaximum() {
        List<String> unbounded = new ArrayList<>();
        for (Class<?> input : INPUTS) {
            for (Field field : input.getDeclaredFields()) {
                boolean textOrList = field.getType() == String.class || List.class.isAssignableFrom(field.getType());
                boolean bounded = field.isAnnotationPresent(Size.class) || field.isAnnotationPresent(Pattern.class);
                if (textOrList && !bounded && !Modifier.isStatic(field.getModifiers())) {
                    unbounded.add(input.getSimpleName() + "." + field.getName());
                }
            }
        }
        assertEquals(List.of(), unbounded);
    }
}
