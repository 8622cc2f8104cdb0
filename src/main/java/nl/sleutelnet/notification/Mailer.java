package nl.sleutelnet.notification;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;

import nl.sleutelnet.shared.EmailAddress;

/**
 * Sends notices. Subject and body are message keys; the only arguments allowed are links
 * and the product's own words (a municipality name), never text from a record. Without an
 * SMTP server (the default demo run) the notice is written to the log instead.
 */
@Service
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final MessageSource messages;
    private final String from;

    Mailer(ObjectProvider<JavaMailSender> sender, MessageSource messages,
            @Value("${sleutelnet.mail.from:noreply@sleutelnet.local}") String from) {
        this.sender = sender;
        this.messages = messages;
        this.from = from;
    }

    /** A notice to one address; {@code subjectKey} and {@code bodyKey} are message keys with optional arguments. */
    public void send(EmailAddress to, Locale locale, String subjectKey, String bodyKey, Object... arguments) {
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(from);
        mail.setTo(to.value());
        mail.setSubject(messages.getMessage(subjectKey, null, locale));
        mail.setText(messages.getMessage(bodyKey, arguments, locale));
        JavaMailSender smtp = sender.getIfAvailable();
        if (smtp == null) {
            log.info("No SMTP server configured (spring.mail.host); notice not sent. To: {} Subject: {}\n{}",
                    to.value(), mail.getSubject(), mail.getText());
            return;
        }
        try {
            smtp.send(mail);
        } catch (MailException e) {
            throw new NoticeNotSentException(e);
        }
    }

    /** The SMTP server refused or could not be reached; the caller decides whether to roll back. */
    public static class NoticeNotSentException extends RuntimeException {

        NoticeNotSentException(Throwable cause) {
            super("notice not sent", cause);
        }
    }
}
