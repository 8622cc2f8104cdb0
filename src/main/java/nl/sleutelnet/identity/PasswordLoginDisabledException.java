package nl.sleutelnet.identity;

import org.springframework.security.authentication.BadCredentialsException;

/**
 * The password was right, but the account's municipality lets its staff sign in only through its
 * own provider. Said only after a right password, so it reveals nothing a guesser did not know.
 */
public class PasswordLoginDisabledException extends BadCredentialsException {

    PasswordLoginDisabledException() {
        super("password login is off for this municipality");
    }
}
