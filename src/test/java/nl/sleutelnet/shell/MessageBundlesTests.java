package nl.sleutelnet.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import nl.sleutelnet.audit.AuditAction;
import nl.sleutelnet.identity.Role;

/** Dutch and English stay complete: the same keys, and every key a template names exists. */
class MessageBundlesTests {

    private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([a-zA-Z][\\w.]*)[}(]");

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(
                MessageBundlesTests.class.getResourceAsStream("/" + name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void dutch_and_english_have_the_same_keys() throws IOException {
        assertThat(new TreeSet<>(load("messages_en.properties").stringPropertyNames()))
                .isEqualTo(new TreeSet<>(load("messages_nl.properties").stringPropertyNames()));
    }

    @Test
    void every_message_key_used_in_a_template_exists() throws IOException {
        Set<String> keys = load("messages_nl.properties").stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher matcher = LITERAL_KEY.matcher(Files.readString(template));
                while (matcher.find()) {
                    if (!keys.contains(matcher.group(1))) {
                        missing.add(template.getFileName() + ": " + matcher.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void every_role_and_audit_action_has_a_label() throws IOException {
        Set<String> keys = load("messages_nl.properties").stringPropertyNames();
        for (Role role : Role.values()) {
            assertThat(keys).contains("role." + role.name(), "start." + role.name() + ".what");
        }
        for (AuditAction action : AuditAction.values()) {
            assertThat(keys).contains("audit.action." + action.name());
        }
    }
}
