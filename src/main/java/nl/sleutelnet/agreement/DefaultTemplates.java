package nl.sleutelnet.agreement;

import java.util.Map;

/**
 * The built-in agreement text (template version 0) a municipality starts with, in plain Dutch
 * and English, and the fixed core of the partner clause that every template must contain.
 */
final class DefaultTemplates {

    /** The sentence that no template may leave out (compared with whitespace normalised). */
    static final Map<String, String> PARTNER_CORE = Map.of(
            "nl", "U bent partner van de gemeente en geen informant. De gemeente vraagt u nooit om informatie over mensen te verzamelen.",
            "en", "You are a partner of the municipality, not an informant. The municipality will never ask you to gather information about people.");

    private static final AgreementTexts DUTCH = new AgreementTexts("""
            De gemeente:
            - heeft een vaste contactpersoon voor u, en een vervanger als die er niet is;
            - neemt contact met u op volgens het ritme dat we samen afspreken, en is ook tussendoor bereikbaar;
            - luistert naar wat u ziet en hoort in uw gemeenschap, ook over gewone zaken in de buurt;
            - laat u weten wat er met uw vragen en zorgen gebeurt;
            - ondersteunt u waar dat kan, bijvoorbeeld met een training, een uitnodiging of hulp bij een activiteit;
            - vraagt nooit meer van u dan u wilt en kunt geven.""", """
            U als sleutelfiguur:
            - bent een verbinding tussen de gemeente en de mensen in uw netwerk;
            - deelt uw kijk op wat er speelt, op de manier en het moment dat u zelf kiest;
            - laat het de gemeente weten als u een zorg heeft, of als u ondersteuning nodig heeft;
            - zegt het als u minder tijd heeft of wilt stoppen: dat mag altijd.""", """
            Wat u met ons deelt, gebruiken we alleen om samen te werken aan een prettige en veilige gemeente: \
            om contact met u te houden, om u te ondersteunen en om zorgen die u deelt goed op te volgen.""", """
            Alleen de medewerkers van de gemeente die met u samenwerken zien uw gegevens: uw contactpersoon, \
            de vervanger en de netwerkcoördinator. Wie iets over u opent, wordt vastgelegd. Een zorg over iemand \
            gaat alleen naar de medewerker die zorgen behandelt.""", """
            We bewaren uw gegevens zolang we samenwerken. Stopt de samenwerking, dan verwijderen we ze na de \
            termijn die de gemeente daarvoor heeft vastgesteld.""", """
            U kunt in het portaal altijd zien wat de gemeente over u vastlegt en al uw gegevens downloaden. \
            U kunt vragen om iets te verbeteren of te verwijderen. Heeft u een klacht, neem dan contact op met \
            de functionaris gegevensbescherming van de gemeente of met de Autoriteit Persoonsgegevens.""",
            PARTNER_CORE.get("nl")
                    + " U beslist zelf wat u deelt. U hoeft niemand te volgen, na te vragen of over iemand te rapporteren.");

    private static final AgreementTexts ENGLISH = new AgreementTexts("""
            The municipality:
            - gives you a fixed contact person, and a backup for when they are away;
            - keeps in touch with you at the rhythm we agree together, and can be reached in between;
            - listens to what you see and hear in your community, including everyday neighbourhood matters;
            - tells you what happens with your questions and concerns;
            - supports you where it can, for example with a training, an invitation or help with an activity;
            - never asks more of you than you want and are able to give.""", """
            You, as a key figure:
            - are a link between the municipality and the people in your network;
            - share your view of what is going on, in the way and at the moment you choose;
            - let the municipality know when you have a concern, or when you need support;
            - tell us when you have less time or want to stop: that is always fine.""", """
            We use what you share with us only to work together on a pleasant and safe municipality: to keep \
            in touch with you, to support you and to follow up properly on concerns you share.""", """
            Only the municipal staff who work with you see your details: your contact person, the backup and \
            the network coordinator. Whoever opens your details is logged. A concern about someone goes only to \
            the member of staff who handles concerns.""", """
            We keep your details for as long as we work together. When the cooperation ends, we delete them \
            after the period the municipality has set for that.""", """
            In the portal you can always see what the municipality records about you and download all your \
            data. You can ask us to correct or erase something. If you have a complaint, contact the \
            municipality's data protection officer or the Dutch Data Protection Authority.""",
            PARTNER_CORE.get("en")
                    + " You decide what you share. You never have to follow, question or report on anyone.");

    private DefaultTemplates() {
    }

    static AgreementTexts texts(String language) {
        return "en".equals(language) ? ENGLISH : DUTCH;
    }

    /** Whether a clause still holds the fixed core sentence of its language. */
    static boolean containsCore(String language, String clause) {
        return clause != null && normalise(clause).contains(normalise(PARTNER_CORE.get(language)));
    }

    private static String normalise(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
