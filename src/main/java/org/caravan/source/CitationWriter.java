package org.caravan.source;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes articles as CSL-JSON items or BibTeX entries, so that a reader can cite a Caravan figure by the article
 * it comes from. Titles Caravan wrote for untitled articles are given in square brackets, the usual mark of a
 * supplied title; undated articles carry their dating note instead of a date.
 */
@ApplicationScoped
public class CitationWriter {

    @Inject
    ObjectMapper json;

    public String write(List<CitedWork> works, CitationFormat format) {
        return switch (format) {
            case CSL_JSON -> cslJson(works);
            case BIBTEX -> works.stream().map(CitationWriter::bibtex).collect(Collectors.joining("\n"));
        };
    }

    private String cslJson(List<CitedWork> works) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (CitedWork work : works) {
            Source source = work.source();
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", work.key());
            item.put("type", "article-newspaper");
            item.put("title", title(source));
            if (source.outlet != null) {
                item.put("container-title", source.outlet);
            }
            if (source.byline != null) {
                item.put("author", List.of(Map.of("literal", source.byline)));
            }
            if (source.publishedOn != null) {
                LocalDate date = source.publishedOn;
                item.put("issued", Map.of("date-parts", List.of(List.of(date.getYear(), date.getMonthValue(),
                        date.getDayOfMonth()))));
            }
            if (source.url != null) {
                item.put("URL", source.url);
            }
            item.put("language", source.language);
            String note = note(work);
            if (note != null) {
                item.put("note", note);
            }
            items.add(item);
        }
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(items);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String bibtex(CitedWork work) {
        Source source = work.source();
        StringBuilder entry = new StringBuilder(source.outlet != null ? "@article{" : "@misc{").append(work.key());
        // Double braces keep a desk's name whole and the title's capitals as printed.
        field(entry, "title", "{" + escape(title(source)) + "}");
        if (source.byline != null) {
            field(entry, "author", "{" + escape(source.byline) + "}");
        }
        if (source.outlet != null) {
            field(entry, "journal", escape(source.outlet));
        }
        if (source.publishedOn != null) {
            field(entry, "year", Integer.toString(source.publishedOn.getYear()));
            field(entry, "month", Integer.toString(source.publishedOn.getMonthValue()));
            field(entry, "date", source.publishedOn.toString());
        }
        if (source.url != null) {
            // A verbatim field in biblatex and the url package: escaping would change the address. A checked
            // address holds no braces or spaces (WebAddress), so it cannot end the field early.
            field(entry, "url", source.url);
        }
        field(entry, "language", escape(source.language));
        String note = note(work);
        if (note != null) {
            field(entry, "note", escape(note));
        }
        return entry.append("\n}\n").toString();
    }

    private static void field(StringBuilder entry, String name, String value) {
        entry.append(",\n  ").append(name).append(" = {").append(value).append('}');
    }

    private static String title(Source source) {
        return source.titleWrittenByCaravan ? "[" + source.title + "]" : source.title;
    }

    private static String note(CitedWork work) {
        String undated = work.source().publishedOn == null ? work.source().datingNote : null;
        if (work.note() == null) {
            return undated;
        }
        return undated == null ? work.note() : work.note() + ". " + undated;
    }

    /** TeX's special characters, so that a quote with "50%" or "R&D" does not break the bibliography. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> escaped.append("\\textbackslash{}");
                case '{', '}', '&', '%', '$', '#', '_' -> escaped.append('\\').append(c);
                case '~' -> escaped.append("\\textasciitilde{}");
                case '^' -> escaped.append("\\textasciicircum{}");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
