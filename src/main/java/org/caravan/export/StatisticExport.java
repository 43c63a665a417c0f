package org.caravan.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.caravan.trade.StatisticFilter;
import org.caravan.trade.Statistics;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** Writes every statistic a filter matches as CSV (RFC 4180, with a header row) or as a JSON array. */
@ApplicationScoped
public class StatisticExport {

    enum Format {
        CSV, JSON
    }


    private final CsvMapper csvMapper = CsvMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    private final CsvSchema csvSchema = csvMapper.schemaFor(ExportedStatistic.class);

    @Inject
    ObjectMapper json;

    @Inject
    Statistics statistics;

    /** Throws CaravanException for a bad filter before anything is written. */
    @ActivateRequestContext
    @Transactional
    public void write(StatisticFilter filter, Format format, OutputStream out) throws IOException {
        // Opened with the first page: the filter has been checked by then, and a refused filter leaves the
        // response untouched for its 4xx.
        SequenceWriter[] rows = { null };
        try {
            statistics.forEachPage(filter, page -> {
                try {
                    if (rows[0] == null) {
                        rows[0] = open(format, out);
                    }
                    rows[0].writeAll(page.stream().map(ExportedStatistic::of)
                            .map(row -> format == Format.CSV ? row.forSpreadsheet() : row).toList());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        try (SequenceWriter writer = rows[0] != null ? rows[0] : open(format, out)) {
            writer.flush();
        }
    }

    private SequenceWriter open(Format format, OutputStream out) throws IOException {
        if (format == Format.JSON) {
            return json.writer().with(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN).writeValuesAsArray(out);
        }
        out.write(header());
        return csvMapper.writer(csvSchema).with(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN).writeValues(out);
    }

    private byte[] header() {
        return (StreamSupport.stream(csvSchema.spliterator(), false).map(CsvSchema.Column::getName)
                .collect(Collectors.joining(",")) + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
