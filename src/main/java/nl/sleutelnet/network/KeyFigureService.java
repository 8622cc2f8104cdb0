package nl.sleutelnet.network;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.sleutelnet.audit.AuditAction;
import nl.sleutelnet.audit.AuditOutcome;
import nl.sleutelnet.audit.AuditTrail;
import nl.sleutelnet.shared.NotFoundException;
import nl.sleutelnet.shared.Page;
import nl.sleutelnet.shared.PageRequest;
import nl.sleutelnet.tenancy.CurrentTenant;

/** Key figures of the current user's municipality. Opening one is logged in the audit trail. */
@Service
@Transactional(readOnly = true)
public class KeyFigureService {

    public static final int MAX_QUERY_LENGTH = 100;

    private final KeyFigures keyFigures;
    private final AuditTrail audit;

    KeyFigureService(KeyFigures keyFigures, AuditTrail audit) {
        this.keyFigures = keyFigures;
        this.audit = audit;
    }

    public Page<KeyFigure> search(String query, PageRequest page) {
        if (isTooLong(query)) {
            throw new IllegalArgumentException("query too long");
        }
        if (hasControlCharacters(query)) {
            throw new IllegalArgumentException("query with control characters");
        }
        return keyFigures.search(CurrentTenant.require(), query, page);
    }

    public static boolean isTooLong(String query) {
        return query != null && query.length() > MAX_QUERY_LENGTH;
    }

    /** No name holds a control character, and PostgreSQL refuses a NUL in any text: such a term is bad input. */
    public static boolean hasControlCharacters(String query) {
        return query != null && query.chars().anyMatch(Character::isISOControl);
    }

    public long count() {
        return keyFigures.count(CurrentTenant.require());
    }

    @Transactional
    public KeyFigure get(KeyFigureId id) {
        KeyFigure found = keyFigures.find(CurrentTenant.require(), id).orElseThrow(() -> new NotFoundException("key_figure"));
        audit.record(AuditAction.READ, AuditOutcome.SUCCESS, "key_figure", id.value());
        return found;
    }
}
