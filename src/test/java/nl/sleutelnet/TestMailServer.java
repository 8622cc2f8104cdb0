package nl.sleutelnet;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

/**
 * A real SMTP server (GreenMail) on a free loopback port for the one test context. The
 * application sends to it through Spring Mail as in production; tests read what arrived
 * from the {@link GreenMail} bean.
 */
public class TestMailServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        GreenMail greenMail = new GreenMail(ServerSetupTest.SMTP.dynamicPort())
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testMailServer",
                Map.of("spring.mail.host", "127.0.0.1", "spring.mail.port", greenMail.getSmtp().getPort())));
        context.getBeanFactory().registerSingleton("greenMail", greenMail);
        context.addApplicationListener(event -> {
            if (event instanceof org.springframework.context.event.ContextClosedEvent) {
                greenMail.stop();
            }
        });
    }
}
