package nl.sleutelnet.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import nl.sleutelnet.SleutelnetTest;
import nl.sleutelnet.audit.AuditAction;
import nl.sleutelnet.identity.Role;

/**
 * Dutch and English stay complete in every module bundle: the same keys in each pair, no key in two
 * bundles, and every key a template names exists somewhere.
 */
@SleutelnetTest
class MessageBundlesTests {

    private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([a-zA-Z][\\w.]*)[}(]");

    @Autowired
    MessageSource messages;

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(
                MessageBundlesTests.class.getResourceAsStream("/" + name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    /** The old shared bundle (still loaded first) and every module bundle. */
    private static List<String> basenames() {
        return Stream.concat(Stream.of("messages"), ModuleMessageBundles.basenames().stream()).toList();
    }

    /** Every Dutch key of every bundle. */
    private static Set<String> dutchKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String basename : basenames()) {
            keys.addAll(load(basename + "_nl.properties").stringPropertyNames());
        }
        return keys;
    }

    @Test
    void there_is_a_bundle_per_module() {
        assertThat(ModuleMessageBundles.basenames()).contains("i18n/shell/messages", "i18n/identity/messages",
                "i18n/network/messages", "i18n/concern/messages", "i18n/portal/messages");
    }

    @Test
    void dutch_and_english_have_the_same_keys_in_every_bundle() throws IOException {
        for (String basename : basenames()) {
            assertThat(new TreeSet<>(load(basename + "_en.properties").stringPropertyNames()))
                    .as(basename).isEqualTo(new TreeSet<>(load(basename + "_nl.properties").stringPropertyNames()));
        }
    }

    @Test
    void no_key_is_in_two_bundles() throws IOException {
        Map<String, String> owner = new HashMap<>();
        Set<String> twice = new TreeSet<>();
        for (String basename : basenames()) {
            for (String key : load(basename + "_nl.properties").stringPropertyNames()) {
                String before = owner.putIfAbsent(key, basename);
                if (before != null) {
                    twice.add(key + " in " + before + " and " + basename);
                }
            }
        }
        assertThat(twice).isEmpty();
    }

    @Test
    void the_message_source_reads_every_module_bundle_in_both_languages() {
        assertThat(messages.getMessage("nav.keyFigures", null, Locale.forLanguageTag("nl"))).isEqualTo("Sleutelfiguren");
        assertThat(messages.getMessage("nav.keyFigures", null, Locale.ENGLISH)).isEqualTo("Key figures");
        assertThat(messages.getMessage("layout.logout", null, Locale.ENGLISH)).isEqualTo("Log out");
    }

    @Test
    void a_new_module_brings_its_bundle_without_an_edit_elsewhere() {
        // src/test/resources/i18n/examplemodule: named in no configuration, found by the pattern.
        assertThat(messages.getMessage("examplemodule.greeting", null, Locale.forLanguageTag("nl")))
                .isEqualTo("Hallo uit een nieuwe module");
        assertThat(messages.getMessage("examplemodule.greeting", null, Locale.ENGLISH)).isEqualTo("Hello from a new module");
    }

    @Test
    void every_message_key_used_in_a_template_exists() throws IOException {
        Set<String> keys = dutchKeys();
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
        Set<String> keys = dutchKeys();
        for (Role role : Role.values()) {
            assertThat(keys).contains("role." + role.name(), "start." + role.name() + ".what");
        }
        for (AuditAction action : AuditAction.values()) {
            assertThat(keys).contains("audit.action." + action.name());
        }
    }
}
