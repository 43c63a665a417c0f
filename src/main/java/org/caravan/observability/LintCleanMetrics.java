package org.caravan.observability;

import java.util.Map;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.config.MeterFilter;

/**
 * Keeps /q/metrics as Prometheus's own linter wants it ({@code promtool check metrics}), whatever the libraries
 * register: every metric has help text, gauges do not end in {@code _count}, units are base units and not
 * abbreviated. Library meters that break a rule are renamed or, where only a unit conversion would fix them, left
 * out (their information is elsewhere: process_cpu_usage; agroal_awaiting_requests for a saturated pool). Vert.x's
 * timer of open connections is left out too: Micrometer writes a long task timer as a summary whose samples
 * (_active_count, _duration_sum) are not a summary's; http_server_active_requests counts the work in flight.
 */
final class LintCleanMetrics {

    /** Gauges whose names end in "count", which Prometheus reserves for histograms and summaries. */
    private static final Map<String, String> RENAMED = Map.of(
            "agroal.active.count", "agroal.active.connections",
            "agroal.available.count", "agroal.available.connections",
            "agroal.max.used.count", "agroal.max.used.connections",
            "agroal.awaiting.count", "agroal.awaiting.requests",
            "system.cpu.count", "system.cpu.cores");

    private LintCleanMetrics() {
    }

    @Produces
    @Singleton
    static MeterFilter withoutMetricsPromtoolRefuses() {
        return MeterFilter.deny(id -> id.getName().equals("process.cpu.time") || id.getName().equals("http.server.connections")
                || id.getName().startsWith("agroal.") && "milliseconds".equals(id.getBaseUnit()));
    }

    @Produces
    @Singleton
    static MeterFilter lintCleanNamesAndHelp() {
        return new MeterFilter() {
            @Override
            public Meter.Id map(Meter.Id id) {
                String name = RENAMED.getOrDefault(id.getName(), id.getName());
                String description = id.getDescription() == null || id.getDescription().isBlank()
                        ? "(no description from its library) " + id.getName()
                        // The Prometheus client writes a double quote in HELP as \", which no format allows.
                        : id.getDescription().replace('"', '\'');
                return name.equals(id.getName()) && description.equals(id.getDescription()) ? id
                        : new Meter.Id(name, Tags.of(id.getTagsAsIterable()), id.getBaseUnit(), description, id.getType());
            }
        };
    }
}
