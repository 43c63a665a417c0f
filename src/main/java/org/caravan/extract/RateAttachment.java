package org.caravan.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Puts each growth rate or multiple of a sentence on the figure it qualifies ({@link GrowthRates} says which one);
 * in a "respectively" sentence, a list of rates on a list of figures in turn ("280 million and 220 million U.S.
 * dollars, down 35.2 and 34.7 percent, respectively"). A rate that qualifies no figure is a proposal of its own.
 */
final class RateAttachment {

    private RateAttachment() {
    }

    /** Each rate onto the figure it qualifies ({@code rateOf}, by index), or into {@code ratesAlone}; in a "respectively" sentence, a list of rates onto a list of figures. */
    static void attach(String sentence, List<Amount> amounts, boolean[] rates, boolean[] converted,
            Map<Integer, Integer> rateOf, List<Integer> ratesAlone) {
        boolean respectively = sentence.toLowerCase(Locale.ROOT).contains("respectively");
        for (int i = 0; i < amounts.size(); i++) {
            if (!rates[i]) {
                continue;
            }
            int[] list = run(sentence, amounts, rates, i, true);
            if (respectively && list.length > 1) {
                int[] figures = listBefore(sentence, amounts, rates, converted, i, list.length);
                for (int k = 0; k < list.length; k++) {
                    if (figures != null) {
                        rateOf.put(figures[k], list[k]);
                    } else {
                        ratesAlone.add(list[k]);
                    }
                }
                i = list[list.length - 1];
                continue;
            }
            int target = GrowthRates.follows(sentence, amounts, rates, converted, i);
            if (target < 0 || rateOf.containsKey(target)) {
                int next = GrowthRates.leadsTo(sentence, amounts, rates, i);
                target = next >= 0 ? next : target;
            }
            if (target >= 0 && !hasRateOfSameKind(rateOf, amounts, target, amounts.get(i))) {
                rateOf.merge(target, i, (a, b) -> a);
                if (amounts.get(i).multiple() && !rateOf.get(target).equals(i)) {
                    ratesAlone.add(i);
                }
            } else {
                ratesAlone.add(i);
            }
        }
    }

    private static boolean hasRateOfSameKind(Map<Integer, Integer> rateOf, List<Amount> amounts, int target, Amount rate) {
        Integer existing = rateOf.get(target);
        return existing != null && amounts.get(existing).multiple() == rate.multiple();
    }

    /** The amounts of a list that starts at {@code i}: "35.2 and 34.7 percent", "70.8%, 25.8%, and 93.4%". */
    private static int[] run(String sentence, List<Amount> amounts, boolean[] rates, int i, boolean ofRates) {
        List<Integer> run = new ArrayList<>(List.of(i));
        while (run.get(run.size() - 1) + 1 < amounts.size()) {
            int next = run.get(run.size() - 1) + 1;
            if (rates[next] != ofRates
                    || !GrowthRates.joined(sentence, amounts.get(next - 1), amounts.get(next))) {
                break;
            }
            run.add(next);
        }
        return run.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The list of figures, as long as a list of rates, that ends before the rates start. */
    private static int[] listBefore(String sentence, List<Amount> amounts, boolean[] rates, boolean[] converted, int i,
            int size) {
        int last = i - 1;
        while (last >= 0 && converted[last]) {
            last--;
        }
        if (last < 0 || rates[last]) {
            return null;
        }
        int first = last;
        while (first > 0 && !rates[first - 1] && GrowthRates.joined(sentence, amounts.get(first - 1), amounts.get(first))) {
            first--;
        }
        if (last - first + 1 != size) {
            return null;
        }
        int[] figures = new int[size];
        for (int k = 0; k < size; k++) {
            figures[k] = first + k;
        }
        return figures;
    }

}
