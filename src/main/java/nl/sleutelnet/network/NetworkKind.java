package nl.sleutelnet.network;

/** A kind of network a key figure reaches, from the municipality's own list. */
public record NetworkKind(String code, String nameNl, String nameEn, boolean sensitive, boolean active) {

    public String name(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameNl;
    }
}
