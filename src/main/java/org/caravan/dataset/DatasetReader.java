package org.caravan.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/** Reads the bundled dataset file; strict, so a misspelt key fails loudly instead of dropping a figure. */
public final class DatasetReader {

    public static final String BUNDLED = "dataset/caravan-dataset.yaml";

    private DatasetReader() {
    }

    public static DatasetFile readBundled() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("The bundled dataset " + BUNDLED + " is missing from the class path");
            }
            return YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
                    .readValue(in, DatasetFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundled dataset " + BUNDLED, e);
        }
    }
}
