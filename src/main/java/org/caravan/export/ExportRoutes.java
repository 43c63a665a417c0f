package org.caravan.export;

import java.io.OutputStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.caravan.chart.SeriesChart;
import org.caravan.error.CaravanException;
import org.caravan.error.ErrorBody;
import org.caravan.error.ErrorCode;
import org.caravan.source.CitationFormat;
import org.caravan.trade.StatisticFilter;
import org.jboss.logging.Logger;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Plain HTTP downloads beside /graphql, for spreadsheets, newsrooms and reference managers. Each takes the
 * fields of the GraphQL StatisticFilter as query parameters (see {@link ExportParameters}):
 * <ul>
 * <li>/export/statistics.csv and /export/statistics.json: every matching statistic with its citation, streamed;</li>
 * <li>/export/chart.svg: the matching series as an SVG chart;</li>
 * <li>/export/citations.json (CSL-JSON) and /export/citations.bib (BibTeX): the articles the figures come from.</li>
 * </ul>
 * A refused request is answered 400 with the same error shape and codes as GraphQL.
 */
@ApplicationScoped
public class ExportRoutes {

    private static final Logger LOG = Logger.getLogger(ExportRoutes.class);

    @Inject
    StatisticExport statistics;

    @Inject
    SeriesChart chart;

    @Inject
    CitationExport citations;

    /** One download: reads the parameters and writes the body, on a worker thread. */
    @FunctionalInterface
    interface Download {
        void write(StatisticFilter filter, OutputStream out) throws Exception;
    }

    void register(@Observes Router router) {
        route(router, "statistics.csv", "text/csv; charset=UTF-8; header=present",
                (filter, out) -> statistics.write(filter, StatisticExport.Format.CSV, out));
        route(router, "statistics.json", "application/json",
                (filter, out) -> statistics.write(filter, StatisticExport.Format.JSON, out));
        route(router, "chart.svg", "image/svg+xml; charset=UTF-8",
                (filter, out) -> out.write(chart.render(filter)));
        route(router, "citations.json", "application/vnd.citationstyles.csl+json",
                (filter, out) -> out.write(citations.write(filter, CitationFormat.CSL_JSON)));
        route(router, "citations.bib", "application/x-bibtex; charset=UTF-8",
                (filter, out) -> out.write(citations.write(filter, CitationFormat.BIBTEX)));
    }

    private void route(Router router, String fileName, String contentType, Download download) {
        // HEAD, for link checkers and embedding tools: the parameters' form is checked (known names, readable
        // values); the database is not read, so an unknown place code passes here and fails the GET.
        router.head("/export/" + fileName).handler(ctx -> {
            try {
                ExportParameters.read(ctx.queryParams());
                ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, contentType).end();
            } catch (CaravanException refused) {
                fail(ctx, refused);
            }
        });
        router.get("/export/" + fileName).handler(ctx -> ctx.vertx().executeBlocking(() -> {
            StatisticFilter filter = ExportParameters.read(ctx.queryParams());
            // Not try-with-resources: closing ends the response, which a failure must not do.
            OutputStream out = new ResponseStream(ctx.response(), contentType, "caravan-" + fileName);
            download.write(filter, out);
            out.close();
            return null;
        }, false).onFailure(failure -> fail(ctx, failure)));
    }

    private static void fail(RoutingContext ctx, Throwable failure) {
        if (ctx.response().headWritten()) {
            // Part of the body is out: cutting the connection short is the only way left to tell the client
            // that the download is incomplete (a chunked body then lacks its last chunk).
            LOG.warnf("Export %s broke off: %s", ctx.request().uri(), failure.toString());
            ctx.request().connection().close();
            return;
        }
        if (failure instanceof CaravanException refused) {
            answer(ctx, 400, refused.code(), refused.getMessage(), plain(refused));
            return;
        }
        LOG.errorf(failure, "Export %s failed", ctx.request().uri());
        answer(ctx, 500, ErrorCode.INTERNAL_ERROR, "The export failed; the server log says why.", null);
    }

    /** "filter.reporter" in GraphQL is the query parameter "reporter" here. */
    private static String plain(CaravanException refused) {
        Object argument = refused.getExtensions().get("argument");
        return argument == null ? null : argument.toString().replaceFirst("^filter\\.", "");
    }

    private static void answer(RoutingContext ctx, int status, ErrorCode code, String message, String argument) {
        ctx.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .end(ErrorBody.of(code, message, argument));
    }
}
