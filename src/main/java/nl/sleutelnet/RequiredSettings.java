package nl.sleutelnet;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start, before anything else happens, when a setting production needs is
 * missing: the external database and the field-encryption key. The embedded (default)
 * run brings its own database and a demo key.
 */
class RequiredSettings implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        List<String> missing = new ArrayList<>();
        boolean embedded = environment.getProperty("sleutelnet.database.embedded", Boolean.class, true);
        if (!embedded && blank(environment.getProperty("spring.datasource.url"))) {
            missing.add("SPRING_DATASOURCE_URL (with SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD): "
                    + "the external PostgreSQL database");
        }
        if (blank(environment.getProperty("sleutelnet.encryption.key"))) {
            missing.add("SLEUTELNET_ENCRYPTION_KEY: 32 random bytes in base64 (openssl rand -base64 32), "
                    + "the key for encrypted fields");
        }
        boolean demo = environment.getProperty("sleutelnet.demo.enabled", Boolean.class, false);
        if (!demo && blank(environment.getProperty("spring.mail.host"))) {
            missing.add("SPRING_MAIL_HOST (with SPRING_MAIL_PORT, SPRING_MAIL_USERNAME, SPRING_MAIL_PASSWORD and "
                    + "SLEUTELNET_MAIL_FROM): the SMTP server for invitations and notices");
        }
        String baseUrl = environment.getProperty("sleutelnet.mail.base-url", "");
        if (!demo && !baseUrl.startsWith("https://")) {
            missing.add("SLEUTELNET_MAIL_BASE_URL: the https address users reach Sleutelnet on, used in the links "
                    + "of invitation e-mails");
        }
        if (!missing.isEmpty()) {
            throw new MissingSettingsException(missing);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    static final class MissingSettingsException extends IllegalStateException {

        final List<String> missing;

        MissingSettingsException(List<String> missing) {
            super("Required settings missing: " + missing);
            this.missing = List.copyOf(missing);
        }
    }

    static final class Analyzer extends AbstractFailureAnalyzer<MissingSettingsException> {

        @Override
        protected FailureAnalysis analyze(Throwable rootFailure, MissingSettingsException cause) {
            return new FailureAnalysis("Sleutelnet refuses to start: required settings are missing:\n    - "
                    + String.join("\n    - ", cause.missing), "Set them in the environment; see docs/operations.md.", cause);
        }
    }
}
