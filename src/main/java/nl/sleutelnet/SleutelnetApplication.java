package nl.sleutelnet;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

// Sleutelnet is never an authorisation server itself; the tests start one of their own (ADR 0029).
@SpringBootApplication(excludeName = {
        "org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerJwtAutoConfiguration" })
@ConfigurationPropertiesScan
@EnableScheduling
public class SleutelnetApplication {

    public static void main(String[] args) {
        if (SetupCommand.isSetup(args)) {
            // The operator's set-up step: no web server, one step, then exit (ADR 0026).
            System.exit(SetupCommand.run(args, System.out, System.err));
        }
        SpringApplication.run(SleutelnetApplication.class, args);
    }

    /** Dates (due contacts, deadlines, working days) are Dutch dates. */
    @Bean
    Clock clock() {
        return Clock.system(nl.sleutelnet.shared.Times.ZONE);
    }
}
