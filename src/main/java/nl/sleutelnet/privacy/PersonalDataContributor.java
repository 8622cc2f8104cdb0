package nl.sleutelnet.privacy;

/**
 * Implemented by every module that holds data about a key figure, so that the key figure
 * can download all of it (GDPR art. 15 and 20). The portal joins the sections; the JSON and
 * the PDF download are both rendered from the same {@link PersonalDataSection}. Contributors
 * run under the tenancy of the key figure's municipality ({@code CurrentTenant}).
 */
public interface PersonalDataContributor {

    /** Section name in the download, e.g. "contactmomenten". */
    String section();

    /** Everything this module holds about {@code subject}; reading it changes nothing. */
    PersonalDataSection personalDataOf(DataSubject subject);

    /** A section of this contributor's name with the given rows. */
    default PersonalDataSection sectionOf(java.util.List<PersonalDataSection.Row> rows) {
        return new PersonalDataSection(section(), rows);
    }
}
