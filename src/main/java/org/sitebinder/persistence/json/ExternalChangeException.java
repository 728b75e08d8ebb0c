package org.sitebinder.persistence.json;

import java.io.IOException;
import java.nio.file.Path;

/** The file changed on disk since it was loaded (another editor, a deployment): saving would lose that. */
public class ExternalChangeException extends IOException {
    private final transient Path file;

    public ExternalChangeException(Path file) {
        super(file + " was changed by another program since it was opened; not overwritten");
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
