package org.caravan.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/** Reads the bundled dataset file; strict, so a misspelt key fails loudly instead of dropping a figure. */
public final class DatasetReader {

    public static final String BUNDLED = "dataset/caravan-dataset.yaml";

    private DatasetReader() {
    }

    public static DatasetFile readBundled() {
        return parse(bundledBytes());
    }

    public static byte[] bundledBytes() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("The bundled dataset " + BUNDLED + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundled dataset " + BUNDLED, e);
        }
    }

    public static DatasetFile parse(byte[] yaml) {
        try {
            return YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
                    .readValue(yaml, DatasetFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot parse the bundled dataset " + BUNDLED, e);
        }
    }

    /** SHA-256 of the file, in hex: identifies exactly which dataset a database has imported. */
    public static String checksum(byte[] yaml) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(yaml));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
