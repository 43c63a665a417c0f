package org.caravan.extract;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.caravan.place.Place;
import org.caravan.place.Places;

/** Runs the extractor with the places Caravan knows today, so that proposals name them by code. */
@ApplicationScoped
public class Extraction {

    public List<FigureProposal> extract(String text, LocalDate publishedOn) {
        Map<String, String> known = new LinkedHashMap<>();
        for (Place place : Places.inForce(null)) {
            known.put(place.code, place.name);
        }
        return new FigureExtractor(PlaceNames.of(known)).extract(text, publishedOn);
    }
}
