package nl.sleutelnet.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The system Chromium and its chromedriver, both given by path so that Selenium Manager never
 * looks for (or downloads) a browser or driver. Paths can be overridden with the system
 * properties {@code sleutelnet.chromium} and {@code sleutelnet.chromedriver} (or the
 * environment variables {@code CHROMIUM} and {@code CHROMEDRIVER}).
 */
final class Chromium implements AutoCloseable {

    static final String DEFAULT_BINARY = "/usr/bin/chromium";
    static final String DEFAULT_DRIVER = "/usr/bin/chromedriver";

    private final ChromeDriver driver;
    private final Path profile;

    private Chromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    static Path binary() {
        return configured("sleutelnet.chromium", "CHROMIUM", DEFAULT_BINARY);
    }

    static Path driverExecutable() {
        return configured("sleutelnet.chromedriver", "CHROMEDRIVER", DEFAULT_DRIVER);
    }

    /** Why the browser tests cannot run here, or empty when they can. */
    static Optional<String> missing() {
        if (!Files.isExecutable(binary())) {
            return Optional.of("Chromium not found at " + binary() + ": browser tests skipped. Install it with "
                    + "'apt-get install -y chromium chromium-driver' or set -Dsleutelnet.chromium=<path>.");
        }
        if (!Files.isExecutable(driverExecutable())) {
            return Optional.of("chromedriver not found at " + driverExecutable() + ": browser tests skipped. Install "
                    + "it with 'apt-get install -y chromium-driver' or set -Dsleutelnet.chromedriver=<path>.");
        }
        return Optional.empty();
    }

    static Chromium start() {
        Path profile;
        try {
            profile = Files.createTempDirectory("sleutelnet-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary().toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-extensions",
                "--user-data-dir=" + profile, "--window-size=" + Browser.DESKTOP.getWidth() + ","
                        + Browser.DESKTOP.getHeight(), "--lang=nl");
        options.setPageLoadTimeout(Duration.ofSeconds(30));
        options.setScriptTimeout(Duration.ofSeconds(30));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driverExecutable().toFile())
                .usingAnyFreePort()
                .build();
        return new Chromium(new ChromeDriver(service, options), profile);
    }

    ChromeDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteProfile();
        }
    }

    private void deleteProfile() {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A leftover temporary profile is harmless.
        }
    }

    private static Path configured(String property, String environment, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(environment);
        }
        return Path.of(value == null || value.isBlank() ? fallback : value);
    }
}
