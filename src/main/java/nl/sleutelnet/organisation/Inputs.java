package nl.sleutelnet.organisation;

/** Typed names as this package stores them: trimmed, runs of white space as one space (the checks: TextRule). */
final class Inputs {

    private Inputs() {
    }

    static String clean(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip().replaceAll("\\s+", " ");
        return stripped.isEmpty() ? null : stripped;
    }
}
