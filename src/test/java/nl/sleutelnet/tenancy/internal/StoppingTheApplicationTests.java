package nl.sleutelnet.tenancy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import nl.sleutelnet.SleutelnetApplication;

/**
 * Stopping the default run (Ctrl-C, or an operator's SIGTERM) is quick. Runs the application in a
 * process of its own, because only a real JVM shutdown runs every shutdown hook. The embedded
 * PostgreSQL is stopped by its bean, after the beans that still use it at shutdown; with the
 * library's own JVM hook it raced them, and when it won, the event publication registry waited
 * 30 s for a connection (seen in the benchmark's stop; the race does not lose every time, so this
 * test guards the stop time rather than reproducing that race on every run).
 */
class StoppingTheApplicationTests {

    @Test
    void the_default_run_stops_within_seconds_of_a_sigterm() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process app = new ProcessBuilder(List.of(java.toString(), "-Xmx384m", "-cp",
                System.getProperty("java.class.path"), SleutelnetApplication.class.getName(), "--server.port=0",
                "--sleutelnet.database.port=0", "--sleutelnet.database.data-directory=",
                "--spring.main.banner-mode=off")).redirectErrorStream(true).start();
        try {
            CompletableFuture<Boolean> started = new CompletableFuture<>();
            StringBuffer output = new StringBuffer();
            Thread reader = new Thread(() -> {
                // Reads the whole output, so that the process never blocks on a full pipe.
                try (BufferedReader out = new BufferedReader(
                        new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = out.readLine()) != null) {
                        if (output.length() < 20_000) {
                            output.append(line).append('\n');
                        }
                        if (line.contains("Started SleutelnetApplication")) {
                            started.complete(true);
                        }
                    }
                } catch (java.io.IOException e) {
                    // the process ended
                }
                started.complete(false);
            });
            reader.setDaemon(true);
            reader.start();
            assertThat(started.get(120, TimeUnit.SECONDS)).as("the application started:%n%s", output).isTrue();

            long stopping = System.nanoTime();
            app.destroy();
            boolean ended = app.waitFor(20, TimeUnit.SECONDS);

            assertThat(ended).as("the process ended within 20 s of SIGTERM").isTrue();
            assertThat(Duration.ofNanos(System.nanoTime() - stopping)).isLessThan(Duration.ofSeconds(15));
        } finally {
            app.destroyForcibly();
        }
    }
}
