package nl.sleutelnet.registerimport;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits of an uploaded file and how long a parsed upload waits for its commit. The
 * multipart limit of the server ({@code spring.servlet.multipart.max-file-size}) should be at
 * least {@code maxFileSize}.
 */
@ConfigurationProperties("sleutelnet.import")
public record ImportProperties(DataSize maxFileSize, int maxRows, int maxColumns, int maxCellLength,
        Duration stagingTime) {

    public ImportProperties {
        if (maxFileSize == null) {
            maxFileSize = DataSize.ofMegabytes(10);
        }
        if (maxRows < 1) {
            maxRows = 100_000;
        }
        if (maxColumns < 1) {
            maxColumns = 50;
        }
        if (maxCellLength < 1) {
            maxCellLength = 1_000;
        }
        if (stagingTime == null) {
            stagingTime = Duration.ofHours(2);
        }
    }

    /** The defaults, for code that runs outside Spring (tests, the benchmark). */
    public static ImportProperties defaults() {
        return new ImportProperties(null, 0, 0, 0, null);
    }
}
