package org.caravan.place;

import java.util.ArrayList;
import java.util.List;

import org.caravan.error.CaravanException;
import org.caravan.error.ErrorCode;

/** Turns a {@link PlaceInput} into a place, and a place back into the input a revision snapshots. */
public final class PlaceConversion {

    private PlaceConversion() {
    }

    /** The place without its members, which may not be stored yet while a dataset file is imported. */
    public static Place toPlace(PlaceInput input) {
        Place place = new Place();
        place.code = input.code;
        place.name = input.name;
        place.kind = input.kind;
        place.iso3 = input.iso3;
        place.parent = Places.optional(input.parent, "parent");
        if (place.parent != null && place.parent.code.equals(place.code)) {
            throw new CaravanException(ErrorCode.INVALID_INPUT, "parent", "A place cannot lie inside itself.");
        }
        place.note = input.note;
        return place;
    }

    /** The place with its members, none of which may contain it: what an edit stores. */
    public static Place toPlaceWithMembers(PlaceInput input) {
        Place place = toPlace(input);
        place.members = members(input);
        if (!place.members.isEmpty() && place.kind != PlaceKind.GROUP) {
            throw new CaravanException(ErrorCode.INVALID_INPUT, "members", "Only a GROUP has members.");
        }
        return PlaceTree.requireNoCycle(place);
    }

    public static List<Place> members(PlaceInput input) {
        List<Place> members = new ArrayList<>();
        for (String member : input.members == null ? List.<String> of() : input.members) {
            members.add(Places.require(member, "members"));
        }
        return members;
    }

    public static PlaceInput toInput(Place place) {
        PlaceInput input = new PlaceInput();
        input.code = place.code;
        input.iso3 = place.iso3;
        input.name = place.name;
        input.kind = place.kind;
        input.parent = place.parent == null ? null : place.parent.code;
        input.members = place.members.isEmpty() ? null : place.members.stream().map(member -> member.code).toList();
        input.note = place.note;
        return input;
    }
}
