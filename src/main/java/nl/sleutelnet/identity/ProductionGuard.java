package nl.sleutelnet.identity;

import java.util.Arrays;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Refuses to start a production instance with demo mode on, or with accounts that skip the
 * second factor (which only demo mode may create).
 */
@Component
class ProductionGuard implements SmartInitializingSingleton {

    private final Environment environment;
    private final Accounts accounts;
    private final boolean demoMode;

    ProductionGuard(Environment environment, Accounts accounts, @Value("${sleutelnet.demo.enabled:false}") boolean demoMode) {
        this.environment = environment;
        this.accounts = accounts;
        this.demoMode = demoMode;
    }

    @Override
    public void afterSingletonsInstantiated() {
        boolean production = Arrays.asList(environment.getActiveProfiles()).contains("prod");
        if (production && demoMode) {
            throw new IllegalStateException("Demo mode (sleutelnet.demo.enabled) is not allowed with the prod profile.");
        }
        if (!demoMode && accounts.countSecondFactorExempt() > 0) {
            throw new IllegalStateException("This database holds demo accounts without a second factor; "
                    + "refusing to start outside demo mode. Use a fresh production database.");
        }
    }
}
