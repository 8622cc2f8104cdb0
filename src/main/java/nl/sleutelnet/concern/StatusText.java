package nl.sleutelnet.concern;

/** The wording of one standard text in one language; {@code own} when the municipality changed it. */
public record StatusText(StatusTextKey key, String language, String body, boolean own) {
}
