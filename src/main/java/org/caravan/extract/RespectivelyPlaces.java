package org.caravan.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The places a "respectively" sentence gives its list of figures, one each, in turn. */
final class RespectivelyPlaces {

    private RespectivelyPlaces() {
    }

    /**
     * In a "respectively" sentence, a list of places as long as a list of figures names each figure's place in turn:
     * "to the United States and Russia were 280 million and 220 million U.S. dollars".
     */
    static Map<Integer, PlaceNames.Mention> of(String sentence, List<Amount> amounts,
            List<Integer> figures, List<PlaceNames.Mention> mentions) {
        Map<Integer, PlaceNames.Mention> placed = new HashMap<>();
        if (!sentence.toLowerCase(Locale.ROOT).contains("respectively")) {
            return placed;
        }
        List<List<Integer>> runs = new ArrayList<>();
        for (int f : figures) {
            List<Integer> current = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (current != null && current.get(current.size() - 1) == f - 1
                    && GrowthRates.joined(sentence, amounts.get(f - 1), amounts.get(f))) {
                current.add(f);
            } else {
                runs.add(new ArrayList<>(List.of(f)));
            }
        }
        for (List<Integer> run : runs) {
            if (run.size() < 2) {
                continue;
            }
            List<PlaceNames.Mention> before = mentions.stream().filter(m -> m.end() <= amounts.get(run.get(0)).start())
                    .toList();
            List<PlaceNames.Mention> list = lastList(sentence, before);
            if (list.size() == run.size()) {
                for (int k = 0; k < run.size(); k++) {
                    placed.put(run.get(k), list.get(k));
                }
            }
        }
        return placed;
    }

    private static List<PlaceNames.Mention> lastList(String sentence, List<PlaceNames.Mention> mentions) {
        List<PlaceNames.Mention> list = new ArrayList<>();
        for (int k = mentions.size() - 1; k >= 0; k--) {
            PlaceNames.Mention mention = mentions.get(k);
            if (!list.isEmpty()) {
                String between = sentence.substring(mention.end(), list.get(0).start());
                if (!between.matches("\\s*(?:,|,?\\s*and|or)\\s*(?:the\\s+)?")) {
                    if (list.size() > 1) {
                        break;
                    }
                    list.clear();
                }
            }
            list.add(0, mention);
        }
        return list;
    }

}
