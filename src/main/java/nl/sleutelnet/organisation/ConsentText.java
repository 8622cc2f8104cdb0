package nl.sleutelnet.organisation;

import java.time.LocalDate;
import java.util.Locale;

/** A version of the municipality's consent text for affiliations that reveal a belief. */
public record ConsentText(int version, String bodyNl, String bodyEn, LocalDate publishedOn) {

    public String body(Locale locale) {
        return "en".equals(locale.getLanguage()) ? bodyEn : bodyNl;
    }
}
