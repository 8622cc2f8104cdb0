package nl.sleutelnet.registerimport;

import java.util.Locale;

import nl.sleutelnet.network.ContactChannel;
import nl.sleutelnet.shared.EmailAddress;
import nl.sleutelnet.shared.PhoneNumber;

/** The stored form of a valid draft's values, as {@code KeyFigureService.register} stores them. */
final class ImportValues {

    private ImportValues() {
    }

    static String email(String typed) {
        return EmailAddress.parse(typed).map(EmailAddress::value).orElse(null);
    }

    static String phone(String typed) {
        return PhoneNumber.parse(typed).map(PhoneNumber::value).orElse(null);
    }

    static String language(String typed) {
        return typed == null || typed.isBlank() ? "nl" : typed.strip().toLowerCase(Locale.ROOT);
    }

    static ContactChannel channel(ContactChannel typed) {
        return typed == null ? ContactChannel.PHONE : typed;
    }
}
