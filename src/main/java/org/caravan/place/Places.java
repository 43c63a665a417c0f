package org.caravan.place;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.caravan.error.CaravanException;
import org.caravan.error.ErrorCode;

/**
 * The places store: every query on places is here, and "in force" (not retracted) is decided here once. It is
 * also the one place that turns a code given by a client into a {@link Place}, or a clear error.
 */
public final class Places {

    private static final String IN_FORCE = "retracted = false";

    private Places() {
    }

    public static Place require(String code, String argument) {
        return findByCode(code).orElseThrow(() -> new CaravanException(ErrorCode.UNKNOWN_PLACE, argument,
                "No place has the code '" + code + "'. The query 'places' lists the known codes."));
    }

    /** Like {@link #require} but lets a missing (null) argument through as null. */
    public static Place optional(String code, String argument) {
        return code == null ? null : require(code, argument);
    }

    /** Finds a place by its code, or a country by its alpha-3 code, ignoring case. */
    public static Optional<Place> findByCode(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        String trimmed = code.trim();
        Place place = Place.findById(trimmed);
        if (place == null) {
            place = Place.find("lower(code) = ?1 or upper(iso3) = ?2", trimmed.toLowerCase(Locale.ROOT),
                    trimmed.toUpperCase(Locale.ROOT)).firstResult();
        }
        return Optional.ofNullable(place);
    }

    /** Places in force, all or of one kind. */
    public static List<Place> inForce(PlaceKind kind) {
        return kind == null ? Place.list(IN_FORCE + " order by kind, code")
                : Place.list(IN_FORCE + " and kind = ?1 order by code", kind);
    }

    /**
     * Refuses a code that another place has already, ignoring case ("pk" would shadow Pakistan's "PK"), and an
     * ISO alpha-3 code another place has. {@code self} is the place being corrected, or null for a new one.
     */
    public static void requireUniqueCodes(String code, String iso3, String self) {
        Place sameCode = Place.find("lower(code) = ?1", code.toLowerCase(Locale.ROOT)).firstResult();
        if (sameCode != null && !sameCode.code.equals(self)) {
            throw new CaravanException(ErrorCode.DUPLICATE_ID, "input.code", "'" + code + "' is taken by '"
                    + sameCode.code + "' (codes are compared ignoring case); correct that place instead.");
        }
        if (iso3 != null) {
            Place sameIso = Place.find("upper(iso3) = ?1", iso3.toUpperCase(Locale.ROOT)).firstResult();
            if (sameIso != null && !sameIso.code.equals(self)) {
                throw new CaravanException(ErrorCode.DUPLICATE_ID, "input.iso3", "The ISO code '" + iso3
                        + "' belongs to '" + sameIso.code + "' already.");
            }
        }
    }

    /** Codes of the places whose parent is one of {@code codes}, retracted or not: a walk of the tree. */
    static List<String> codesDirectlyInside(List<String> codes) {
        return Place.find("select p.code from Place p where p.parent.code in ?1", codes).project(String.class).list();
    }

    /** For each group, its members; none for a place that is not a group. */
    static List<List<Place>> membersOf(List<Place> places) {
        Map<String, List<Place>> byGroup = Place.<Place> list(
                "select distinct g from Place g left join fetch g.members where g in ?1", places).stream()
                .collect(Collectors.toMap(group -> group.code, group -> group.members));
        return places.stream().map(place -> byGroup.getOrDefault(place.code, List.of())).toList();
    }

    /** For each place, the groups in force it is a member of. */
    static List<List<Place>> groupsOf(List<Place> places) {
        List<Place> groups = Place.list("select distinct g from Place g join g.members m where g." + IN_FORCE
                + " and m in ?1 order by g.code", places);
        return places.stream().map(place -> groups.stream()
                .filter(g -> g.members.stream().anyMatch(m -> m.code.equals(place.code))).toList()).toList();
    }

    /** For each place, the places in force directly inside it. */
    static List<List<Place>> childrenOf(List<Place> places) {
        return perPlace(places, Place.list(IN_FORCE + " and parent in ?1 order by code", places), p -> p.parent);
    }

    static List<List<PlaceFact>> factsOf(List<Place> places) {
        return perPlace(places, PlaceFact.list("place in ?1 order by id", places), fact -> fact.place);
    }

    private static <T> List<List<T>> perPlace(List<Place> places, List<T> all, Function<T, Place> placeOf) {
        Map<String, List<T>> byCode = all.stream().collect(Collectors.groupingBy(item -> placeOf.apply(item).code));
        return places.stream().map(place -> byCode.getOrDefault(place.code, List.of())).toList();
    }
}
