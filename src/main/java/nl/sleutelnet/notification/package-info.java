/**
 * E-mail to key figures and staff. Every mail is a notice without content ("there is news,
 * log in to read it", an invitation link): what a mail says comes from the message bundles,
 * never from records, so no personal or concern data leaves by mail. Other modules publish
 * events that implement {@link nl.sleutelnet.notification.KeyFigureNotice}; they are mailed after
 * the commit and tried again when the mail failed (ADR 0019).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification")
package nl.sleutelnet.notification;
