/**
 * Contact with key figures (recommendations R2 and R3): logging a contact moment in seconds
 * (date, channel, who of the municipality and its partners was present, broad topics, a short
 * encrypted factual note, follow-up actions), the agreed rhythm as work lists (overdue, due
 * this week, open follow-ups), and a coordination view of who contacted which key figure how
 * often, so that no key figure is asked twice or overloaded. Partner professionals log and see
 * only their own contacts with key figures shared with them. Depends on {@code network} through
 * its public service only; reports each contact there so that the rhythm moves on.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Contact")
package nl.sleutelnet.contact;
