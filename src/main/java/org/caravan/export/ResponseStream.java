package org.caravan.export;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;

/**
 * Streams an export from a worker thread into a chunked HTTP response, 64 KB at a time. When the client reads
 * more slowly than the database is read, the writer waits for the connection to drain, so a million-row export
 * never sits in memory. The response's headers go out with the first bytes: until then an error can still be
 * answered with a 4xx.
 */
final class ResponseStream extends OutputStream {

    private static final int CHUNK = 64 * 1024;
    private static final long DRAIN_TIMEOUT_SECONDS = 60;

    private final HttpServerResponse response;
    private final String contentType;
    private final String fileName;
    private Buffer pending = Buffer.buffer(CHUNK);
    private boolean closed;

    ResponseStream(HttpServerResponse response, String contentType, String fileName) {
        this.response = response;
        this.contentType = contentType;
        this.fileName = fileName;
    }

    @Override
    public void write(int b) throws IOException {
        pending.appendByte((byte) b);
        if (pending.length() >= CHUNK) {
            flush();
        }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        pending.appendBytes(bytes, offset, length);
        if (pending.length() >= CHUNK) {
            flush();
        }
    }

    @Override
    public void flush() throws IOException {
        if (pending.length() == 0) {
            return;
        }
        if (!response.headWritten()) {
            // A first chunk is a full one: worth compressing (Quarkus marks every answer "identity" unless told so).
            response.headers().remove(HttpHeaders.CONTENT_ENCODING);
            response.setChunked(true).putHeader("Content-Type", contentType)
                    .putHeader("Content-Disposition", "inline; filename=\"" + fileName + "\"");
        }
        if (response.closed()) {
            throw new IOException("The client closed the connection.");
        }
        response.write(pending);
        pending = Buffer.buffer(CHUNK);
        awaitDrain();
    }

    /** Ends the response; closing again does nothing (Jackson's writers close the stream they write to). */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        flush();
        if (!response.headWritten()) {
            response.putHeader("Content-Type", contentType);
        }
        response.end();
    }

    private void awaitDrain() throws IOException {
        if (!response.writeQueueFull()) {
            return;
        }
        CompletableFuture<Void> drained = new CompletableFuture<>();
        response.drainHandler(ignored -> drained.complete(null));
        response.closeHandler(ignored -> drained.completeExceptionally(new IOException("The client closed the connection.")));
        if (!response.writeQueueFull()) {
            return;
        }
        try {
            drained.get(DRAIN_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException();
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("The client stopped reading the export.", e);
        }
    }
}
