package nl.sleutelnet.identity;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import nl.sleutelnet.tenancy.DemoTenants;
import nl.sleutelnet.tenancy.MunicipalityId;

/** Demo staff accounts for every role (demo mode only), printed at start-up. */
@Component
@Order(10)
@ConditionalOnProperty(name = "sleutelnet.demo.enabled", havingValue = "true")
class IdentityDemoData implements ApplicationRunner {

    /** Shared by every demo account; listed in the README. */
    public static final String PASSWORD = "Demo-Sleutelnet-2026";

    private static final Logger log = LoggerFactory.getLogger(IdentityDemoData.class);

    private record DemoAccount(String username, String name, MunicipalityId municipality, Set<Role> roles) {
    }

    private static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("coordinator@maasoever.demo", "Noor Verhoeven", DemoTenants.MAASOEVER, EnumSet.of(Role.COORDINATOR)),
            new DemoAccount("zorg@maasoever.demo", "Daan Smeets", DemoTenants.MAASOEVER, EnumSet.of(Role.CONCERN_HANDLER)),
            new DemoAccount("zorg2@maasoever.demo", "Lotte van Dam", DemoTenants.MAASOEVER, EnumSet.of(Role.CONCERN_HANDLER)),
            new DemoAccount("partner@maasoever.demo", "Ilse de Wit", DemoTenants.MAASOEVER, EnumSet.of(Role.PARTNER)),
            new DemoAccount("onderzoeker@maasoever.demo", "Ruben Hendriks", DemoTenants.MAASOEVER, EnumSet.of(Role.RESEARCHER)),
            new DemoAccount("fg@maasoever.demo", "Fatma Yilmaz", DemoTenants.MAASOEVER, EnumSet.of(Role.PRIVACY_OFFICER)),
            new DemoAccount("beheerder@maasoever.demo", "Jeroen Bakker", DemoTenants.MAASOEVER, EnumSet.of(Role.ADMINISTRATOR)),
            new DemoAccount("coordinator@waalbergen.demo", "Sanne Peters", DemoTenants.WAALBERGEN, EnumSet.of(Role.COORDINATOR)),
            new DemoAccount("zorg@waalbergen.demo", "Youssef Amrani", DemoTenants.WAALBERGEN, EnumSet.of(Role.CONCERN_HANDLER)),
            new DemoAccount("coordinator@lingedonk.demo", "Milan Jansen", DemoTenants.LINGEDONK, EnumSet.of(Role.COORDINATOR)));

    private static final String ANALYST = "analist@regio.demo";
    private static final String PLATFORM = "platform@sleutelnet.demo";

    private final AccountService accounts;

    IdentityDemoData(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (DemoAccount account : ACCOUNTS) {
            if (!accounts.exists(account.username())) {
                accounts.createDemoAccount(AccountKind.STAFF, account.municipality(), null, account.username(),
                        account.name(), PASSWORD, account.roles(), null);
            }
        }
        if (!accounts.exists(ANALYST)) {
            accounts.createDemoAccount(AccountKind.STAFF, null, DemoTenants.REGION, ANALYST, "Evi Mulder", PASSWORD,
                    EnumSet.of(Role.ANALYST), null);
        }
        if (!accounts.exists(PLATFORM)) {
            accounts.createDemoAccount(AccountKind.STAFF, null, null, PLATFORM, "Wim de Graaf", PASSWORD,
                    EnumSet.of(Role.PLATFORM_ADMINISTRATOR), null);
        }
        StringBuilder table = new StringBuilder("\n\n  DEMO MODE - fictitious data. Demo accounts (password: ")
                .append(PASSWORD).append("), second factor not required in demo mode:\n");
        ACCOUNTS.forEach(a -> table.append(String.format("    %-30s %s%n", a.username(), a.roles())));
        table.append(String.format("    %-30s %s%n", ANALYST, EnumSet.of(Role.ANALYST)));
        table.append(String.format("    %-30s %s%n", PLATFORM, EnumSet.of(Role.PLATFORM_ADMINISTRATOR)));
        log.info(table.toString());
    }
}
