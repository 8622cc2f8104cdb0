package nl.sleutelnet.registerimport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.sleutelnet.network.RoleType;
import nl.sleutelnet.registerimport.ImportReport.Change;
import nl.sleutelnet.registerimport.ImportReport.FileDuplicate;
import nl.sleutelnet.registerimport.ImportReport.MatchedOn;
import nl.sleutelnet.registerimport.ImportReport.RegisterDuplicate;
import nl.sleutelnet.registerimport.ImportedKeyFigures.Existing;
import nl.sleutelnet.registerimport.ImportedKeyFigures.Merge;
import nl.sleutelnet.shared.PersonName;

/**
 * Sorts the rows of a file into invalid, duplicate and new, with hash maps on the normalised
 * e-mail address, phone number and name (tussenvoegsel and accents ignored): one pass, no
 * query per row. A row matches on the first of e-mail, phone, name; the earliest valid row
 * of a person wins, later rows of the same person are duplicates within the file.
 */
final class ImportAnalysis {

    private final List<Candidate> created = new ArrayList<>();
    private final Map<Integer, Candidate> duplicateRows = new LinkedHashMap<>();
    private final Map<Integer, Existing> duplicateOf = new HashMap<>();
    private final ImportReport report;

    ImportAnalysis(List<Candidate> candidates, List<Existing> register) {
        Map<String, Existing> byEmail = new HashMap<>();
        Map<String, Existing> byPhone = new HashMap<>();
        Map<String, Existing> byName = new HashMap<>();
        for (Existing e : register) {
            if (e.email() != null) {
                byEmail.putIfAbsent(e.email(), e);
            }
            if (e.phone() != null) {
                byPhone.putIfAbsent(e.phone(), e);
            }
            byName.putIfAbsent(PersonName.stored(e.givenName(), e.prefix(), e.familyName()).matchKey(), e);
        }
        Map<String, Integer> fileEmail = new HashMap<>();
        Map<String, Integer> filePhone = new HashMap<>();
        Map<String, Integer> fileName = new HashMap<>();
        Map<UUID, Integer> claimed = new HashMap<>();
        List<RowProblem> problems = new ArrayList<>();
        List<FileDuplicate> fileDuplicates = new ArrayList<>();
        List<RegisterDuplicate> registerDuplicates = new ArrayList<>();
        int valid = 0;
        for (Candidate c : candidates) {
            if (!c.valid()) {
                problems.addAll(c.problems());
                continue;
            }
            valid++;
            String email = c.email();
            String phone = c.phone();
            String name = c.nameKey();
            Integer earlier = first(fileEmail.get(email), filePhone.get(phone), fileName.get(name));
            MatchedOn on = on(fileEmail.containsKey(email), filePhone.containsKey(phone));
            Existing existing = null;
            MatchedOn existingOn = null;
            if (earlier == null) {
                existing = email == null ? null : byEmail.get(email);
                existingOn = MatchedOn.EMAIL;
                if (existing == null && phone != null) {
                    existing = byPhone.get(phone);
                    existingOn = MatchedOn.PHONE;
                }
                if (existing == null) {
                    existing = byName.get(name);
                    existingOn = MatchedOn.NAME;
                }
                if (existing != null && claimed.containsKey(existing.id())) {
                    // Two rows meet the same key figure: the second is the same person as the first.
                    earlier = claimed.get(existing.id());
                    on = existingOn;
                    existing = null;
                }
            }
            if (email != null) {
                fileEmail.putIfAbsent(email, c.row());
            }
            if (phone != null) {
                filePhone.putIfAbsent(phone, c.row());
            }
            fileName.putIfAbsent(name, c.row());
            if (earlier != null) {
                fileDuplicates.add(new FileDuplicate(c.row(), c.displayName(), earlier, on));
            } else if (existing != null) {
                claimed.put(existing.id(), c.row());
                duplicateRows.put(c.row(), c);
                duplicateOf.put(c.row(), existing);
                registerDuplicates.add(new RegisterDuplicate(c.row(), c.displayName(), existing.id(),
                        PersonName.stored(existing.givenName(), existing.prefix(), existing.familyName()).display(),
                        existingOn, changes(existing, c)));
            } else {
                created.add(c);
            }
        }
        int invalid = candidates.size() - valid;
        this.report = new ImportReport(candidates.size(), valid, invalid, created.size(), List.copyOf(problems),
                List.copyOf(fileDuplicates), List.copyOf(registerDuplicates));
    }

    ImportReport report() {
        return report;
    }

    List<Candidate> created() {
        return created;
    }

    /** The merges for the rows whose duplicate the user chose to merge; rows not chosen are skipped. */
    List<Merge> merges(Set<Integer> mergeRows) {
        List<Merge> merges = new ArrayList<>();
        Set<Integer> done = new HashSet<>();
        for (Map.Entry<Integer, Candidate> entry : duplicateRows.entrySet()) {
            if (!mergeRows.contains(entry.getKey()) || !done.add(entry.getKey())) {
                continue;
            }
            Candidate c = entry.getValue();
            Existing e = duplicateOf.get(entry.getKey());
            List<RoleType> roles = e.hasRoles() ? List.of() : c.draft().roleTypes();
            merges.add(new Merge(e.id(), e.email() == null ? c.email() : null, e.phone() == null ? c.phone() : null,
                    e.prefix() == null ? c.name().prefix() : null, roles,
                    e.hasAreas() ? List.of() : c.draft().areaCodes(), e.hasKinds() ? List.of() : c.draft().networkKinds()));
        }
        return merges;
    }

    /** What a merge would fill in: only fields that are empty in the register and filled in the row. */
    private static List<Change> changes(Existing e, Candidate c) {
        List<Change> changes = new ArrayList<>();
        String email = c.email();
        String phone = c.phone();
        if (e.prefix() == null && c.name().prefix() != null) {
            changes.add(new Change(ImportField.NAME_PREFIX, c.name().prefix()));
        }
        if (e.email() == null && email != null) {
            changes.add(new Change(ImportField.EMAIL, email));
        }
        if (e.phone() == null && phone != null) {
            changes.add(new Change(ImportField.PHONE, phone));
        }
        if (!e.hasRoles() && !c.draft().roleTypes().isEmpty()) {
            changes.add(new Change(ImportField.ROLE_TYPES, String.join(", ",
                    c.draft().roleTypes().stream().map(Enum::name).toList())));
        }
        if (!e.hasAreas() && !c.draft().areaCodes().isEmpty()) {
            changes.add(new Change(ImportField.AREAS, String.join(", ", c.draft().areaCodes())));
        }
        if (!e.hasKinds() && !c.draft().networkKinds().isEmpty()) {
            changes.add(new Change(ImportField.NETWORK_KINDS, String.join(", ", c.draft().networkKinds())));
        }
        return List.copyOf(changes);
    }

    private static Integer first(Integer a, Integer b, Integer c) {
        return a != null ? a : b != null ? b : c;
    }

    private static MatchedOn on(boolean email, boolean phone) {
        return email ? MatchedOn.EMAIL : phone ? MatchedOn.PHONE : MatchedOn.NAME;
    }
}
