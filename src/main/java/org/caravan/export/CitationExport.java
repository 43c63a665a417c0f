package org.caravan.export;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.caravan.source.CitationFormat;
import org.caravan.source.CitationWriter;
import org.caravan.source.CitedWork;
import org.caravan.source.Source;
import org.caravan.trade.StatisticFilter;
import org.caravan.trade.Statistics;

/** The articles behind every statistic an export filter matches, one bibliography entry each, by id. */
@ApplicationScoped
public class CitationExport {


    @Inject
    Statistics statistics;

    @Inject
    CitationWriter writer;

    @ActivateRequestContext
    @Transactional
    public byte[] write(StatisticFilter filter, CitationFormat format) {
        Map<String, Source> sources = new TreeMap<>();
        statistics.forEachPage(filter, page -> page
                .forEach(statistic -> sources.putIfAbsent(statistic.citation.source.id, statistic.citation.source)));
        return writer.write(sources.values().stream().map(CitedWork::of).toList(), format)
                .getBytes(StandardCharsets.UTF_8);
    }
}
