package org.caravan.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds a place for each label of a chart where it overlaps no label placed before it: at the position asked for
 * if it is free, else the nearest free line above or below, within the band it may use. Widths are estimated from
 * the number of characters, generously (12 px Helvetica averages under 6 px a character; bold under 7), so that a
 * free box here is free on screen.
 */
final class LabelPlacement {

    static final double LINE = 15;
    private static final double CHARACTER = 6.6;
    private static final double BOLD_CHARACTER = 7.4;
    private static final int MAX_STEPS = 24;

    record Box(double left, double top, double right, double bottom) {
        boolean overlaps(Box other) {
            return left < other.right && other.left < right && top < other.bottom && other.top < bottom;
        }
    }

    private final List<Box> placed = new ArrayList<>();
    private final double highest;
    private final double lowest;

    /** Labels' baselines stay between {@code highest} and {@code lowest} (SVG y grows downwards). */
    LabelPlacement(double highest, double lowest) {
        this.highest = highest;
        this.lowest = lowest;
    }

    /** Something drawn that labels must keep clear of, such as the legend. */
    void reserve(Box box) {
        placed.add(box);
    }

    /**
     * The baseline for a label at {@code x} (anchored start, middle or end) nearest to {@code preferredY},
     * trying lines above first when {@code upwards}; the label's box is then taken.
     */
    double place(double x, double preferredY, String anchor, String text, boolean bold, boolean upwards) {
        double width = text.length() * (bold ? BOLD_CHARACTER : CHARACTER);
        double left = switch (anchor) {
            case "start" -> x;
            case "end" -> x - width;
            default -> x - width / 2;
        };
        double first = Math.min(lowest, Math.max(highest, preferredY));
        for (int step = 0; step <= MAX_STEPS; step++) {
            for (int sign : upwards ? new int[] { -1, 1 } : new int[] { 1, -1 }) {
                double y = first + sign * step * LINE;
                Box box = new Box(left - 2, y - LINE + 2, left + width + 2, y + 3);
                if (y >= highest && y <= lowest && placed.stream().noneMatch(box::overlaps)) {
                    placed.add(box);
                    return y;
                }
                if (step == 0) {
                    break;
                }
            }
        }
        // No free line within the band: the label goes where it was asked for (a chart of dozens of labels at once).
        return first;
    }
}
