package nl.sleutelnet.agreement;

/**
 * The texts of an agreement, as the template holds them and as they are copied into each
 * version: expectations both ways, what happens with information (purpose, who sees it,
 * retention, rights) and the partner clause.
 */
public record AgreementTexts(String municipalityExpectations, String keyFigureExpectations, String informationPurpose,
        String informationAccess, String informationRetention, String informationRights, String partnerClause) {
}
