package org.sitebinder.persistence.cert;

import java.nio.file.Path;
import org.sitebinder.persistence.DocumentFormatException;

/**
 * A PKCS#12 file that the given password does not open. Its own type so that a dialog can ask for
 * the password again instead of reporting a broken file.
 */
public final class WrongPasswordException extends DocumentFormatException {

    /** @param file the .pfx or .p12 file */
    public WrongPasswordException(Path file) {
        super(file, 0, 0, "the password is wrong (or the PKCS#12 file is damaged)");
    }
}
