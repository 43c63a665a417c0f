package org.caravan.place;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.caravan.error.CaravanException;
import org.caravan.error.ErrorCode;

/**
 * Places form a tree (each lies in at most one parent, and never, however far up, in itself), and groups
 * contain no cycle. Every write is checked here; every walk over parents is bounded, so that data stored
 * before the rule existed can never keep a request walking forever.
 */
public final class PlaceTree {

    /** Deeper than any real nesting (country > region > prefecture > city > zone is 5). */
    public static final int MAX_DEPTH = 32;

    private PlaceTree() {
    }

    /** Refuses {@code place} when its parent lies, at any depth, inside it, or a group it contains contains it. */
    public static Place requireNoCycle(Place place) {
        Set<String> seen = new HashSet<>();
        seen.add(place.code);
        int depth = 0;
        for (Place up = place.parent; up != null; up = up.parent) {
            if (!seen.add(up.code)) {
                throw new CaravanException(ErrorCode.INVALID_INPUT, "parent", "'" + place.code + "' cannot lie in '"
                        + place.parent.code + "': '" + place.parent.code + "' lies in '" + place.code
                        + "' already, and places form a tree.");
            }
            if (++depth > MAX_DEPTH) {
                throw new CaravanException(ErrorCode.INVALID_INPUT, "parent", "Places nest at most " + MAX_DEPTH
                        + " levels deep.");
            }
        }
        if (groupsReach(place, place.code, new HashSet<>(), 0)) {
            throw new CaravanException(ErrorCode.INVALID_INPUT, "members", "'" + place.code
                    + "' cannot contain itself, directly or through the groups it contains.");
        }
        return place;
    }

    private static boolean groupsReach(Place group, String code, Set<String> visited, int depth) {
        if (depth > MAX_DEPTH || !visited.add(group.code)) {
            return false;
        }
        for (Place member : group.members) {
            if (member.code.equals(code) || groupsReach(member, code, visited, depth + 1)) {
                return true;
            }
        }
        return false;
    }

    /** The places {@code place} lies in, nearest first, stopping at a cycle or at {@link #MAX_DEPTH}. */
    public static List<Place> ancestors(Place place) {
        List<Place> ancestors = new ArrayList<>();
        Set<String> seen = new HashSet<>(Set.of(place.code));
        for (Place up = place.parent; up != null && seen.add(up.code) && ancestors.size() < MAX_DEPTH; up = up.parent) {
            ancestors.add(up);
        }
        return ancestors;
    }

    /** Codes of {@code place} and every place inside it, each once, at most {@link #MAX_DEPTH} levels down. */
    public static List<String> codesWithin(Place place) {
        return codesWithin(place, Places::codesDirectlyInside);
    }

    /** The same, with the codes of the places directly inside a list of places looked up by {@code directlyInside}. */
    public static List<String> codesWithin(Place place, Function<List<String>, List<String>> directlyInside) {
        Set<String> codes = new LinkedHashSet<>(List.of(place.code));
        List<String> level = List.of(place.code);
        for (int depth = 0; depth < MAX_DEPTH && !level.isEmpty(); depth++) {
            List<String> children = directlyInside.apply(level);
            level = children.stream().filter(codes::add).toList();
        }
        return List.copyOf(codes);
    }

    /** Codes of places whose parents lead back to themselves: stored before the rule existed. */
    public static List<String> inCycles(List<Place> places) {
        List<String> cyclic = new ArrayList<>();
        for (Place place : places) {
            Set<String> seen = new HashSet<>();
            for (Place up = place; up != null && seen.size() <= MAX_DEPTH; up = up.parent) {
                if (!seen.add(up.code)) {
                    if (up.code.equals(place.code)) {
                        cyclic.add(place.code);
                    }
                    break;
                }
            }
        }
        return cyclic;
    }
}
