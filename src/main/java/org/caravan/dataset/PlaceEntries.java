package org.caravan.dataset;

import java.util.ArrayList;
import java.util.List;

import org.caravan.dataset.DatasetFile.PlaceEntry;
import org.caravan.error.CaravanException;
import org.caravan.error.ErrorCode;
import org.caravan.place.Place;
import org.caravan.place.PlaceKind;
import org.caravan.place.Places;

/** Converts between a place and its entry (dataset file, editors' input, revision snapshots). */
public final class PlaceEntries {

    private PlaceEntries() {
    }

    /** The place without its members, which may not exist yet while the dataset is being loaded. */
    public static Place toPlace(PlaceEntry entry) {
        Place place = new Place();
        place.code = entry.code();
        place.name = entry.name();
        place.kind = PlaceKind.valueOf(entry.kind());
        place.iso3 = entry.iso3();
        place.parent = Places.optional(entry.parent(), "parent");
        if (place.parent != null && place.parent.code.equals(place.code)) {
            throw new CaravanException(ErrorCode.INVALID_INPUT, "parent", "A place cannot lie inside itself.");
        }
        place.note = entry.note();
        return place;
    }

    /** The place with its members resolved, for editors' input. */
    public static Place toPlaceWithMembers(PlaceEntry entry) {
        Place place = toPlace(entry);
        List<Place> members = new ArrayList<>();
        for (String member : entry.members() == null ? List.<String> of() : entry.members()) {
            members.add(Places.require(member, "members"));
        }
        if (!members.isEmpty() && place.kind != PlaceKind.GROUP) {
            throw new CaravanException(ErrorCode.INVALID_INPUT, "members", "Only a GROUP has members.");
        }
        place.members = members;
        return place;
    }

    public static PlaceEntry toEntry(Place place) {
        return new PlaceEntry(place.code, place.iso3, place.name, place.kind.name(),
                place.parent == null ? null : place.parent.code,
                place.members.isEmpty() ? null : place.members.stream().map(member -> member.code).toList(),
                place.note);
    }
}
