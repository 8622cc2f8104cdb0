/**
 * E-mail to key figures and staff. Every mail is a notice without content ("there is news,
 * log in to read it", an invitation link): what a mail says comes from the message bundles,
 * never from records, so no personal or concern data leaves by mail.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification")
package nl.sleutelnet.notification;
