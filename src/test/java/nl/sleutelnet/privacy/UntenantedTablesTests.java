package nl.sleutelnet.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * {@code account} and {@code audit_event} hold per-municipality rows without row-level security
 * (ADR 0002, ADR 0033): what guards them instead is that every statement on them names
 * {@code municipality_id}, except the few listed here, each keyed by its account id or user name
 * for a reason the review accepted. A new statement on these tables without the municipality fails
 * until it names it, or is listed with its reason.
 */
class UntenantedTablesTests {

    private static final Path SOURCES = Path.of("src/main/java/nl/sleutelnet");
    private static final Pattern STATEMENT_ON = Pattern.compile("(?i)\\b(?:from|join|update|into)\\s+(account|audit_event)\\b");
    private static final Pattern LITERAL = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);

    /** File and statement (whitespace folded), with why it may go without the municipality. */
    private static final Map<String, String> WITHOUT_MUNICIPALITY = Map.ofEntries(
            // Sign-in starts from a typed user name before any tenant is known; names are unique
            // across the installation, and the set-up step and invitations check that.
            Map.entry("identity/Accounts.java: from account where lower(username) = lower(?)", "sign-in by user name"),
            Map.entry("identity/Accounts.java: select count(*) from account where lower(username) = lower(?)",
                    "user names are unique across the installation"),
            Map.entry("identity/Accounts.java: select id from account where lower(username) = lower(?) and kind = 'STAFF' and active and password_hash is null",
                    "the set-up step's new link, by the operator, for an account that never set a password"),
            // The id comes from the signed-in principal, a set-up link or an identity provider's
            // subject, never from a request parameter; the row gives the municipality.
            Map.entry("identity/Accounts.java: from account where id = ?", "the signed-in account, by its own id"),
            Map.entry("identity/Accounts.java: update account set password_hash = ? where id = ?", "own password"),
            Map.entry("identity/Accounts.java: select totp_secret from account where id = ? and totp_secret is not null",
                    "own second factor"),
            Map.entry("identity/Accounts.java: update account set totp_secret = ?, totp_enabled = true, totp_last_step = null where id = ?",
                    "own second factor"),
            Map.entry("identity/Accounts.java: update account set totp_last_step = ? where id = ? and (totp_last_step is null or totp_last_step < ?)",
                    "own second factor, against replay"),
            Map.entry("identity/StaffDirectory.java: update account set last_signed_in_at = ? where id = ?",
                    "the account that just signed in"),
            // Regional accounts belong to a region, not a municipality.
            Map.entry("identity/Accounts.java: select id, display_name, roles, active from account where region_id = ? and kind = 'STAFF' order by lower(display_name), id",
                    "a region's analysts and researchers"),
            // The production start refuses accounts exempt from the second factor anywhere.
            Map.entry("identity/Accounts.java: select count(*) from account where mfa_exempt", "production guard"),
            // The staff list's conditions are built in code and always start with the municipality
            // (StaffDirectory.where; AdministeringStaffTests proves the other municipality is never listed).
            Map.entry("identity/StaffDirectory.java: select count(*) from account where", "conditions added in code"),
            Map.entry("identity/StaffDirectory.java: from account where", "conditions added in code"));

    @Test
    void every_statement_on_account_and_audit_event_names_the_municipality_or_is_listed() {
        List<String> unlisted = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (String statement : statements()) {
            if (statement.contains("municipality_id")) {
                continue;
            }
            seen.add(statement);
            if (!WITHOUT_MUNICIPALITY.containsKey(statement)) {
                unlisted.add(statement);
            }
        }
        assertThat(unlisted).as("statements on account or audit_event without municipality_id; name it, or list the"
                + " statement with its reason").isEmpty();
        assertThat(seen).as("every listed exception still exists (remove the ones that went)")
                .containsExactlyInAnyOrderElementsOf(WITHOUT_MUNICIPALITY.keySet());
    }

    @Test
    void the_scan_finds_the_statements_it_guards() {
        List<String> statements = statements();
        assertThat(statements).anyMatch(s -> s.startsWith("audit/AuditTrail.java:") && s.contains("from audit_event"))
                .anyMatch(s -> s.startsWith("identity/Accounts.java:") && s.contains("municipality_id"));
    }

    private static List<String> statements() {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String name = SOURCES.relativize(file).toString().replace('\\', '/');
                Matcher literal = LITERAL.matcher(Files.readString(file));
                while (literal.find()) {
                    String text = literal.group(1) != null ? literal.group(1) : literal.group(2);
                    if (STATEMENT_ON.matcher(text).find()) {
                        found.add(name + ": " + String.join(" ", text.strip().split("\\s+")));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }
}
