package nl.sleutelnet.network;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A wijk (WK + 6 digits) or buurt (BU + 8 digits) with its CBS code; a buurt names its wijk. */
public record Area(String code, String name, String parentCode) {

    /** Names by CBS code, in the order given, for showing codes as names. */
    public static Map<String, String> namesByCode(List<Area> areas) {
        Map<String, String> names = new LinkedHashMap<>();
        areas.forEach(a -> names.putIfAbsent(a.code(), a.name()));
        return names;
    }

    public boolean isWijk() {
        return code.startsWith("WK");
    }
}
