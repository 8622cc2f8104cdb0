package nl.sleutelnet.registerimport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import nl.sleutelnet.network.Area;
import nl.sleutelnet.network.ContactChannel;
import nl.sleutelnet.network.KeyFigureDraft;
import nl.sleutelnet.network.KeyFigureStatus;
import nl.sleutelnet.network.NetworkKind;
import nl.sleutelnet.network.RoleType;
import nl.sleutelnet.shared.FieldProblem;
import nl.sleutelnet.shared.PersonName;

/**
 * Reads one row under a column mapping as a key figure. Words people type in spreadsheets
 * ("Actief", "Verbinder, doener", "ja", "WhatsApp", a wijk by name or CBS code) become the
 * register's codes; what cannot be read becomes a {@link RowProblem}. The checks of the
 * register itself are {@link DraftRules}.
 */
final class RowInterpreter {

    private static final Pattern LIST = Pattern.compile("\\s*(?:[,;|/+\\n]|\\s+en\\s+|\\s+and\\s+)\\s*");
    private static final Pattern AREA_LIST = Pattern.compile("\\s*[,;|\\n]\\s*");
    // Compiled once: String.split and matches compile theirs on every call, and this runs per row.
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern MOBILE_WITHOUT_ZERO = Pattern.compile("6[0-9]{8}");
    private static final Pattern DUTCH_WITHOUT_PLUS = Pattern.compile("31[0-9]{9}");

    private static final Map<String, String> LANGUAGES = Map.ofEntries(Map.entry("nederlands", "nl"),
            Map.entry("dutch", "nl"), Map.entry("engels", "en"), Map.entry("english", "en"), Map.entry("arabisch", "ar"),
            Map.entry("arabic", "ar"), Map.entry("turks", "tr"), Map.entry("turkish", "tr"), Map.entry("pools", "pl"),
            Map.entry("polish", "pl"), Map.entry("duits", "de"), Map.entry("german", "de"), Map.entry("frans", "fr"),
            Map.entry("french", "fr"), Map.entry("spaans", "es"), Map.entry("spanish", "es"),
            Map.entry("somalisch", "so"), Map.entry("somali", "so"), Map.entry("tigrinya", "ti"),
            Map.entry("oekraiens", "uk"), Map.entry("ukrainian", "uk"), Map.entry("russisch", "ru"),
            Map.entry("russian", "ru"), Map.entry("farsi", "fa"), Map.entry("perzisch", "fa"),
            Map.entry("portugees", "pt"), Map.entry("portuguese", "pt"));
    private static final Map<String, ContactChannel> CHANNELS = Map.ofEntries(Map.entry("telefoon", ContactChannel.PHONE),
            Map.entry("phone", ContactChannel.PHONE), Map.entry("bellen", ContactChannel.PHONE),
            Map.entry("tel", ContactChannel.PHONE), Map.entry("email", ContactChannel.EMAIL),
            Map.entry("mail", ContactChannel.EMAIL), Map.entry("persoonlijk", ContactChannel.IN_PERSON),
            Map.entry("inperson", ContactChannel.IN_PERSON), Map.entry("langsgaan", ContactChannel.IN_PERSON),
            Map.entry("bezoek", ContactChannel.IN_PERSON), Map.entry("berichten", ContactChannel.MESSAGING),
            Map.entry("bericht", ContactChannel.MESSAGING), Map.entry("whatsapp", ContactChannel.MESSAGING),
            Map.entry("app", ContactChannel.MESSAGING), Map.entry("appen", ContactChannel.MESSAGING),
            Map.entry("sms", ContactChannel.MESSAGING), Map.entry("signal", ContactChannel.MESSAGING),
            Map.entry("messaging", ContactChannel.MESSAGING));
    private static final Map<String, RoleType> ROLES = Map.ofEntries(Map.entry("verbinder", RoleType.CONNECTOR),
            Map.entry("connector", RoleType.CONNECTOR), Map.entry("vertegenwoordiger", RoleType.REPRESENTATIVE),
            Map.entry("representative", RoleType.REPRESENTATIVE), Map.entry("doener", RoleType.DOER),
            Map.entry("doer", RoleType.DOER), Map.entry("kritischedenker", RoleType.CRITICAL_THINKER),
            Map.entry("kritischdenker", RoleType.CRITICAL_THINKER), Map.entry("dwarsdenker", RoleType.CRITICAL_THINKER),
            Map.entry("criticalthinker", RoleType.CRITICAL_THINKER));
    private static final Map<String, KeyFigureStatus> STATUSES = Map.ofEntries(
            Map.entry("kandidaat", KeyFigureStatus.CANDIDATE), Map.entry("candidate", KeyFigureStatus.CANDIDATE),
            Map.entry("intake", KeyFigureStatus.INTAKE), Map.entry("kennismaking", KeyFigureStatus.INTAKE),
            Map.entry("actief", KeyFigureStatus.ACTIVE), Map.entry("active", KeyFigureStatus.ACTIVE),
            Map.entry("gepauzeerd", KeyFigureStatus.PAUSED), Map.entry("pauze", KeyFigureStatus.PAUSED),
            Map.entry("paused", KeyFigureStatus.PAUSED), Map.entry("beeindigd", KeyFigureStatus.ENDED),
            Map.entry("gestopt", KeyFigureStatus.ENDED), Map.entry("ended", KeyFigureStatus.ENDED));
    private static final Set<String> YES = Set.of("ja", "j", "yes", "y", "true", "waar", "1", "x", "nieuw");
    private static final Set<String> NO = Set.of("nee", "n", "no", "false", "onwaar", "0", "bekend");

    private final List<ImportField> mapping;
    private final Map<String, String> areas = new HashMap<>();
    private final Set<String> areaCodes = new LinkedHashSet<>();
    private final Map<String, NetworkKind> kinds = new HashMap<>();
    private final DraftRules rules;
    /** Folded forms of the words in coded cells (areas, status, roles...): a file repeats the same few. */
    private final Map<String, String> folded = new HashMap<>();

    RowInterpreter(List<ImportField> mapping, List<Area> areas, List<NetworkKind> kinds) {
        this.mapping = List.copyOf(mapping);
        for (Area area : areas) {
            this.areaCodes.add(area.code());
            this.areas.put(area.code().toLowerCase(Locale.ROOT), area.code());
            this.areas.putIfAbsent(PersonName.fold(area.name()), area.code());
        }
        for (NetworkKind kind : kinds) {
            this.kinds.put(PersonName.fold(kind.code()), kind);
            this.kinds.putIfAbsent(PersonName.fold(kind.nameNl()), kind);
            this.kinds.putIfAbsent(PersonName.fold(kind.nameEn()), kind);
        }
        this.rules = new DraftRules(areaCodes, kinds);
    }

    Candidate read(UploadedTable.Row row) {
        Map<ImportField, String> values = new HashMap<>();
        for (int column = 0; column < mapping.size(); column++) {
            ImportField field = mapping.get(column);
            if (field != ImportField.IGNORE) {
                values.merge(field, row.cell(column), (a, b) -> a.isEmpty() ? b : a);
            }
        }
        List<RowProblem> problems = new ArrayList<>();
        String[] name = name(values);
        List<String> areaList = areas(row.number(), values.getOrDefault(ImportField.AREAS, ""), problems);
        List<String> kindList = kinds(row.number(), values.getOrDefault(ImportField.NETWORK_KINDS, ""), problems);
        KeyFigureDraft draft = new KeyFigureDraft(name[0], name[1], name[2],
                blankToNull(values.get(ImportField.EMAIL)), phone(values.get(ImportField.PHONE)),
                language(values.get(ImportField.LANGUAGE)),
                channel(row.number(), values.getOrDefault(ImportField.CHANNEL, ""), problems),
                roles(row.number(), values.getOrDefault(ImportField.ROLE_TYPES, ""), problems),
                isNew(row.number(), values.getOrDefault(ImportField.NEW_TO_MUNICIPALITY, ""), problems), areaList,
                kindList, null);
        KeyFigureStatus status = status(row.number(), values.getOrDefault(ImportField.STATUS, ""), problems);
        boolean fullName = values.containsKey(ImportField.FULL_NAME) && !values.containsKey(ImportField.GIVEN_NAME);
        List<RowProblem> checked = new ArrayList<>();
        for (FieldProblem problem : rules.check(draft)) {
            ImportField field = field(problem.field(), fullName);
            checked.add(new RowProblem(row.number(), field, "import.problem." + problem.messageKey(),
                    valueOf(field, values, draft)));
        }
        checked.addAll(problems);
        return new Candidate(row.number(), draft, status, List.copyOf(checked));
    }

    /** Given name, prefix and family name; a family name typed with its tussenvoegsel is split. */
    private static String[] name(Map<ImportField, String> values) {
        String given = blankToNull(values.get(ImportField.GIVEN_NAME));
        String prefix = blankToNull(values.get(ImportField.NAME_PREFIX));
        String family = blankToNull(values.get(ImportField.FAMILY_NAME));
        String full = blankToNull(values.get(ImportField.FULL_NAME));
        if (given == null && family == null && full != null) {
            int comma = full.indexOf(',');
            if (comma > 0) {
                // "Berg, Samira van den": family name first, as registers sort.
                family = full.substring(0, comma).strip();
                String[] rest = WHITESPACE.split(full.substring(comma + 1).strip(), 2);
                given = blankToNull(rest[0]);
                prefix = rest.length > 1 ? rest[1] : null;
            } else {
                String[] words = WHITESPACE.split(full, 2);
                given = words[0];
                family = words.length > 1 ? words[1] : null;
            }
        }
        if (prefix == null && given != null && family != null) {
            try {
                PersonName split = PersonName.of(given, family);
                return new String[] { split.givenName(), split.prefix(), split.familyName() };
            } catch (IllegalArgumentException e) {
                // Left as typed: the rules report what is wrong with it.
            }
        }
        return new String[] { given, prefix, family };
    }

    /**
     * Spreadsheet programs drop the leading zero of a Dutch mobile number typed as a number
     * (612345678) and the plus of an international one (31612345678).
     */
    static String phone(String value) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        if (MOBILE_WITHOUT_ZERO.matcher(v).matches()) {
            return "0" + v;
        }
        if (DUTCH_WITHOUT_PLUS.matcher(v).matches()) {
            return "+" + v;
        }
        return v;
    }

    private String language(String value) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        return LANGUAGES.getOrDefault(fold(v), v);
    }

    private String fold(String word) {
        if (folded.size() > 10_000) {
            folded.clear();
        }
        return folded.computeIfAbsent(word, PersonName::fold);
    }

    private ContactChannel channel(int row, String value, List<RowProblem> problems) {
        if (value.isBlank()) {
            return null;
        }
        ContactChannel channel = CHANNELS.get(fold(value));
        if (channel == null) {
            channel = enumOrNull(ContactChannel.class, value);
        }
        if (channel == null) {
            problems.add(new RowProblem(row, ImportField.CHANNEL, "import.problem.channel.unknown", value));
        }
        return channel;
    }

    private List<RoleType> roles(int row, String value, List<RowProblem> problems) {
        Set<RoleType> roles = new LinkedHashSet<>();
        for (String word : split(LIST, value)) {
            RoleType role = ROLES.get(fold(word));
            if (role == null) {
                role = enumOrNull(RoleType.class, word);
            }
            if (role == null) {
                problems.add(new RowProblem(row, ImportField.ROLE_TYPES, "import.problem.role.unknown", word));
            } else {
                roles.add(role);
            }
        }
        return List.copyOf(roles);
    }

    private static boolean isNew(int row, String value, List<RowProblem> problems) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (v.isEmpty() || NO.contains(v)) {
            return false;
        }
        if (YES.contains(v)) {
            return true;
        }
        problems.add(new RowProblem(row, ImportField.NEW_TO_MUNICIPALITY, "import.problem.new.invalid", value));
        return false;
    }

    private KeyFigureStatus status(int row, String value, List<RowProblem> problems) {
        if (value.isBlank()) {
            return KeyFigureStatus.CANDIDATE;
        }
        KeyFigureStatus status = STATUSES.get(fold(value));
        if (status == null) {
            status = enumOrNull(KeyFigureStatus.class, value);
        }
        if (status == KeyFigureStatus.ENDED) {
            problems.add(new RowProblem(row, ImportField.STATUS, "import.problem.status.ended", value));
            return KeyFigureStatus.CANDIDATE;
        }
        if (status == null) {
            problems.add(new RowProblem(row, ImportField.STATUS, "import.problem.status.unknown", value));
            return KeyFigureStatus.CANDIDATE;
        }
        return status;
    }

    private List<String> areas(int row, String value, List<RowProblem> problems) {
        Set<String> codes = new LinkedHashSet<>();
        for (String word : split(AREA_LIST, value)) {
            String code = areas.get(word.toLowerCase(Locale.ROOT));
            if (code == null) {
                code = areas.get(fold(word));
            }
            if (code == null) {
                problems.add(new RowProblem(row, ImportField.AREAS, "import.problem.area.unknown", word));
            } else {
                codes.add(code);
            }
        }
        return List.copyOf(codes);
    }

    private List<String> kinds(int row, String value, List<RowProblem> problems) {
        Set<String> codes = new LinkedHashSet<>();
        for (String word : split(AREA_LIST, value)) {
            NetworkKind kind = kinds.get(fold(word));
            if (kind == null || !kind.active()) {
                problems.add(new RowProblem(row, ImportField.NETWORK_KINDS, "import.problem.networkKind.unknown", word));
            } else if (kind.sensitive()) {
                // Never imported: a kind that reveals a belief needs recorded consent (an affiliation).
                problems.add(new RowProblem(row, ImportField.NETWORK_KINDS, "import.problem.networkKind.sensitive", word));
            } else {
                codes.add(kind.code());
            }
        }
        return List.copyOf(codes);
    }

    private static ImportField field(String draftField, boolean fullName) {
        return switch (draftField) {
            case "givenName" -> fullName ? ImportField.FULL_NAME : ImportField.GIVEN_NAME;
            case "namePrefix" -> fullName ? ImportField.FULL_NAME : ImportField.NAME_PREFIX;
            case "familyName" -> fullName ? ImportField.FULL_NAME : ImportField.FAMILY_NAME;
            case "email" -> ImportField.EMAIL;
            case "phone" -> ImportField.PHONE;
            case "preferredLanguage" -> ImportField.LANGUAGE;
            case "areaCodes" -> ImportField.AREAS;
            case "networkKinds" -> ImportField.NETWORK_KINDS;
            default -> ImportField.IGNORE;
        };
    }

    private static String valueOf(ImportField field, Map<ImportField, String> values, KeyFigureDraft draft) {
        return switch (field) {
            case GIVEN_NAME -> nullToEmpty(draft.givenName());
            case NAME_PREFIX -> nullToEmpty(draft.namePrefix());
            case FAMILY_NAME -> nullToEmpty(draft.familyName());
            default -> values.getOrDefault(field, "");
        };
    }

    private static List<String> split(Pattern separator, String value) {
        if (value.isBlank()) {
            return List.of();
        }
        List<String> words = new ArrayList<>();
        for (String word : separator.split(value.strip())) {
            if (!word.isBlank()) {
                words.add(word.strip());
            }
        }
        return words;
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
        String name = value.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        return null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
