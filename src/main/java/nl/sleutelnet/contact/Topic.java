package nl.sleutelnet.contact;

/**
 * What a contact was about: deliberately broad, mostly everyday community matters (R4: a broad
 * approach, not only security). Codes; the texts are in the message bundles ({@code topic.*}).
 */
public enum Topic {
    NEIGHBOURHOOD_LIFE, YOUTH, EDUCATION, PARENTING, HOUSING, WORK_AND_INCOME, HEALTH_AND_CARE,
    SPORTS_AND_CULTURE, DISCRIMINATION, TENSIONS_IN_COMMUNITY, SOCIAL_COHESION, ACTIVITY_OR_EVENT,
    SUPPORT_OR_FUNDING, TRAINING, COOPERATION_WITH_MUNICIPALITY, SAFETY, OTHER
}
