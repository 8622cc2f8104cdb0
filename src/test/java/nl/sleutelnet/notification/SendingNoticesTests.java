package nl.sleutelnet.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;

import jakarta.mail.internet.MimeMessage;
import nl.sleutelnet.SleutelnetTest;
import nl.sleutelnet.shared.EmailAddress;

/** Notices go out through a real SMTP server, with texts from the bundles in the reader's language. */
@SleutelnetTest
class SendingNoticesTests {

    @Autowired
    Mailer mailer;

    @Autowired
    GreenMail greenMail;

    @Test
    void a_notice_reaches_the_smtp_server_in_the_requested_language() throws Exception {
        EmailAddress to = new EmailAddress("notice-test-" + System.nanoTime() + "@voorbeeld.demo");

        mailer.send(to, Locale.forLanguageTag("nl"), "mail.news.subject", "mail.news.body", "https://example.test/x");

        assertThat(greenMail.waitForIncomingEmail(5_000, 1)).isTrue();
        MimeMessage received = null;
        for (MimeMessage m : greenMail.getReceivedMessages()) {
            if (GreenMailUtil.getAddressList(m.getAllRecipients()).contains(to.value())) {
                received = m;
            }
        }
        assertThat(received).as("mail to " + to).isNotNull();
        assertThat(received.getSubject()).isEqualTo("Bericht van Sleutelnet");
        assertThat(GreenMailUtil.getBody(received)).contains("https://example.test/x");
    }
}
