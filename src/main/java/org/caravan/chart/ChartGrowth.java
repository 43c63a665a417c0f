package org.caravan.chart;

/** A growth label on the segment between two reported points: Caravan's arithmetic, marked as computed. */
record ChartGrowth(ChartPoint from, ChartPoint to, String label) {
}
