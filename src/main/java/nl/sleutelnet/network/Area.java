package nl.sleutelnet.network;

/** A wijk (WK + 6 digits) or buurt (BU + 8 digits) with its CBS code; a buurt names its wijk. */
public record Area(String code, String name, String parentCode) {

    public boolean isWijk() {
        return code.startsWith("WK");
    }
}
