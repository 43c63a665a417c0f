package org.caravan.chart;

import java.util.List;

import org.caravan.source.Source;
import org.caravan.trade.Unit;

/** Everything a chart shows: the points in time order, computed growth, and the articles in caption order. */
record ChartContent(String title, Unit unit, List<ChartPoint> points, List<ChartGrowth> growths, List<Source> sources) {
}
