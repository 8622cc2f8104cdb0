package nl.sleutelnet.agreement;

/** The coordinator's filtered lists of agreements, with their code in the query string. */
public enum AgreementFilter {
    /** Review date passed or within the review window. */
    REVIEW("herziening"),
    /** Waiting for acceptance longer than allowed. */
    WAITING("wacht");

    private final String code;

    AgreementFilter(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The filter a query-string value names; anything else means the review list. */
    public static AgreementFilter of(String code) {
        return WAITING.code.equals(code) ? WAITING : REVIEW;
    }
}
