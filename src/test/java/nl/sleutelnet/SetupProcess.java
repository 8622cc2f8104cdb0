package nl.sleutelnet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** {@code java -jar sleutelnet.jar setup ...} as the operator runs it: the main class in a process of its own. */
public final class SetupProcess {

    /** How the step ended: its exit code and everything it printed. */
    public record Run(int exit, String output) {
    }

    private SetupProcess() {
    }

    /** Runs the set-up step with the test's class path and the given settings (command-line arguments). */
    public static Run run(List<String> settings, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-cp", System.getProperty("java.class.path"), SleutelnetApplication.class.getName(), "setup"));
        command.addAll(List.of(arguments));
        command.addAll(settings);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        StringBuilder output = new StringBuilder();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                output.append(line).append('\n');
            }
        }
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), output.toString());
    }
}
